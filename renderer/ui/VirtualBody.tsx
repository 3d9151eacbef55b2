import type { KeyboardEventHandler, ReactNode } from 'react';

/** A virtualized table's body: spacer rows stand for the rows scrolled out of the DOM, above and below. */
export function VirtualBody({ paddingTop, paddingBottom, onKeyDown, children }: { paddingTop: number; paddingBottom: number; onKeyDown?: KeyboardEventHandler; children: ReactNode }) {
  return (
    <tbody onKeyDown={onKeyDown}>
      {paddingTop > 0 && <tr aria-hidden="true" style={{ height: paddingTop }} />}
      {children}
      {paddingBottom > 0 && <tr aria-hidden="true" style={{ height: paddingBottom }} />}
    </tbody>
  );
}
