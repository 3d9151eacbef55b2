import { Columns3, MoreHorizontal } from 'lucide-react';
import { type ComponentProps, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyComponent } from './lazy-component';

// Radix's menu and its positioning are ~25 kB: screens in the first chunk take their menus from here, so the menu code
// arrives after the first paint. Until it has, a button of the same look stands in.
const MoreMenuImpl = lazyComponent(() => import('./MoreMenu').then((m) => m.MoreMenu));
const ColumnsMenuImpl = lazyComponent(() => import('./ColumnsMenu').then((m) => m.ColumnsMenu));

export function LazyMoreMenu(props: ComponentProps<typeof MoreMenuImpl>) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<button type="button" disabled><MoreHorizontal aria-hidden="true" /> {props.label ?? t('common.more')}</button>}>
      <MoreMenuImpl {...props} />
    </Suspense>
  );
}

export function LazyColumnsMenu(props: ComponentProps<typeof ColumnsMenuImpl>) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<button type="button" disabled><Columns3 aria-hidden="true" /> {t('table.view')}</button>}>
      <ColumnsMenuImpl {...props} />
    </Suspense>
  );
}
