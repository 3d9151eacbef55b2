import '../../ui/menu.css';
import * as Menu from '@radix-ui/react-dropdown-menu';
import { ChevronDown } from 'lucide-react';

/** Several published ports as a menu of links (Radix: arrow keys, typeahead, Escape and an outside click close it). */
export function PortMenu({ label, text, links }: { label: string; text: string; links: { url: string; label: string; name: string }[] }) {
  return (
    <Menu.Root>
      <Menu.Trigger asChild>
        <button type="button" aria-label={label}>{text} <ChevronDown aria-hidden="true" /></button>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content className="menu" align="start" sideOffset={4}>
          {links.map((l) => (
            <Menu.Item key={l.url} className="menu-item" asChild>
              <a href={l.url} target="_blank" rel="noopener noreferrer" aria-label={l.name}>{l.label}</a>
            </Menu.Item>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
