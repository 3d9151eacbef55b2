import { type ReactElement, Suspense } from 'react';
import { lazyComponent } from './lazy-component';
import { usePainted } from './use-painted';

// Radix's tooltip and its positioning stay out of the first chunk: the control shows at once, its tooltip a frame later.
const TipImpl = lazyComponent(() => import('./Tip').then((m) => m.Tip));

/** `children` (an icon-only control, already named by aria-label) with a tooltip saying `label`. */
export function LazyTip({ label, children }: { label: string; children: ReactElement }) {
  if (!usePainted()) return children;
  return (
    <Suspense fallback={children}>
      <TipImpl label={label}>{children}</TipImpl>
    </Suspense>
  );
}
