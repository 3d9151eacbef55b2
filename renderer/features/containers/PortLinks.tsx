import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../shared/containers';
import { portLinks } from './container-rows';

/** One link per published port; several become a small picker. Links open in the system browser. */
export function PortLinks({ container }: { container: ContainerSummary }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const links = portLinks(container);
  if (links.length === 0) return null;
  const link = (l: (typeof links)[number]) => (
    <a href={l.url} target="_blank" rel="noopener noreferrer" aria-label={t('containers.openPort', { url: l.url })}>{l.label}</a>
  );
  if (links.length === 1) return link(links[0]!);
  return (
    <span className="port-picker">
      <button type="button" aria-expanded={open} aria-label={t('containers.portsPicker', { name: container.name })} onClick={() => setOpen(!open)}>
        {t('containers.portsMore', { count: links.length })} ▾
      </button>
      {open && (
        <ul className="popover" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          {links.map((l) => <li key={l.url}>{link(l)}</li>)}
        </ul>
      )}
    </span>
  );
}
