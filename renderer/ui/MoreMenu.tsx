import './menu.css';
import * as Menu from '@radix-ui/react-dropdown-menu';
import { MoreHorizontal } from 'lucide-react';
import { useTranslation } from 'react-i18next';

export interface MenuAction {
  label: string;
  onSelect(): void;
  disabled?: boolean;
}

/**
 * The page header's overflow: the actions that do not earn a button of their own, in a menu (Radix: arrow keys,
 * typeahead, Escape and an outside click close it, focus returns to the button). Keeps the header on one line.
 */
export function MoreMenu({ actions, label }: { actions: MenuAction[]; label?: string }) {
  const { t } = useTranslation();
  return (
    <Menu.Root>
      <Menu.Trigger asChild>
        <button type="button"><MoreHorizontal aria-hidden="true" /> {label ?? t('common.more')}</button>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content className="menu" align="end" sideOffset={4}>
          {actions.map((action) => (
            <Menu.Item key={action.label} className="menu-item" disabled={action.disabled} onSelect={action.onSelect}>{action.label}</Menu.Item>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
