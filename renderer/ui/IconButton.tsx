import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { LazyTip } from './LazyTip';

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label' | 'children' | 'type'> {
  /** The accessible name: what it does, to what ("Stop web"). */
  label: string;
  /** The tooltip, when shorter than the name ("Stop" beside the row it acts on); else the name. */
  tip?: string;
  icon: ReactNode;
}

/** A button that shows only an icon: named for screen readers, with a tooltip on hover and keyboard focus. */
export function IconButton({ label, tip, icon, className, ...rest }: Props) {
  return (
    <LazyTip label={tip ?? label}>
      <button type="button" {...rest} className={className ? `icon ${className}` : 'icon'} aria-label={label}>{icon}</button>
    </LazyTip>
  );
}
