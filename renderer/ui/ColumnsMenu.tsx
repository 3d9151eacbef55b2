import './menu.css';
import * as Menu from '@radix-ui/react-dropdown-menu';
import { Check, Circle, Columns3 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { type Density, useTableLayout, useTablePrefs } from './table-prefs';

/** Which of a table's columns show, and how dense every table is: a menu beside the table's filter. */
export function ColumnsMenu({ table, columns }: { table: string; columns: { id: string; label: string }[] }) {
  const { t } = useTranslation();
  const { hidden } = useTableLayout(table);
  const density = useTablePrefs((s) => s.density);
  const { setHidden, setDensity } = useTablePrefs.getState();
  return (
    <Menu.Root>
      <Menu.Trigger asChild>
        <button type="button"><Columns3 aria-hidden="true" /> {t('table.view')}</button>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content className="menu" align="end" sideOffset={4}>
          <Menu.Label className="menu-label">{t('table.columns')}</Menu.Label>
          {columns.map((column) => (
            <Menu.CheckboxItem key={column.id} className="menu-item" checked={!hidden.includes(column.id)}
              onCheckedChange={(on) => setHidden(table, column.id, !on)} onSelect={(e) => e.preventDefault()}>
              <Menu.ItemIndicator className="menu-check"><Check aria-hidden="true" /></Menu.ItemIndicator>{column.label}
            </Menu.CheckboxItem>
          ))}
          <Menu.Separator className="menu-separator" />
          <Menu.Label className="menu-label">{t('table.density')}</Menu.Label>
          <Menu.RadioGroup value={density} onValueChange={(v) => setDensity(v as Density)}>
            {(['comfortable', 'compact'] as const).map((d) => (
              <Menu.RadioItem key={d} value={d} className="menu-item" onSelect={(e) => e.preventDefault()}>
                <Menu.ItemIndicator className="menu-check"><Circle aria-hidden="true" /></Menu.ItemIndicator>{t(`table.${d}`)}
              </Menu.RadioItem>
            ))}
          </Menu.RadioGroup>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
