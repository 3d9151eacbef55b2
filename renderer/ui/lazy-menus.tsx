import { Columns3, MoreHorizontal } from 'lucide-react';
import { type ComponentProps, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyComponent } from './lazy-component';
import { usePainted } from './use-painted';

// Radix's menu and its positioning are ~25 kB: screens in the first chunk take their menus from here, so the menu code
// (and its stylesheet) is asked for only once the page has painted; measured, asking during the first render cost a cold
// load ~250 ms. Until it has come, a button of the same look stands in.
const MoreMenuImpl = lazyComponent(() => import('./MoreMenu').then((m) => m.MoreMenu));
const ColumnsMenuImpl = lazyComponent(() => import('./ColumnsMenu').then((m) => m.ColumnsMenu));

export function LazyMoreMenu(props: ComponentProps<typeof MoreMenuImpl>) {
  const { t } = useTranslation();
  const fallback = <button type="button" disabled><MoreHorizontal aria-hidden="true" /> {props.label ?? t('common.more')}</button>;
  if (!usePainted()) return fallback;
  return (
    <Suspense fallback={fallback}>
      <MoreMenuImpl {...props} />
    </Suspense>
  );
}

export function LazyColumnsMenu(props: ComponentProps<typeof ColumnsMenuImpl>) {
  const { t } = useTranslation();
  const fallback = <button type="button" disabled><Columns3 aria-hidden="true" /> {t('table.view')}</button>;
  if (!usePainted()) return fallback;
  return (
    <Suspense fallback={fallback}>
      <ColumnsMenuImpl {...props} />
    </Suspense>
  );
}
