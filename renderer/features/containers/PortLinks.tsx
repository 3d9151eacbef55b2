import { ChevronDown } from 'lucide-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../shared/containers';
import { lazyComponent } from '../../ui/lazy-component';
import { portLinks } from './container-rows';

// The menu's code (Radix) stays out of the first chunk: a same-looking button stands in until it has loaded.
const PortMenu = lazyComponent(() => import('./PortMenu').then((m) => m.PortMenu));

/** One link per published port; several become a menu of links. Links open in the system browser. */
export function PortLinks({ container }: { container: ContainerSummary }) {
  const { t } = useTranslation();
  const links = portLinks(container).map((l) => ({ ...l, name: t('containers.openPort', { url: l.url }) }));
  if (links.length === 0) return null;
  if (links.length === 1) {
    const [l] = links as [(typeof links)[number]];
    return <a href={l.url} target="_blank" rel="noopener noreferrer" aria-label={l.name}>{l.label}</a>;
  }
  const label = t('containers.portsPicker', { name: container.name });
  const text = t('containers.portsMore', { count: links.length });
  return (
    <Suspense fallback={<button type="button" disabled aria-label={label}>{text} <ChevronDown aria-hidden="true" /></button>}>
      <PortMenu label={label} text={text} links={links} />
    </Suspense>
  );
}
