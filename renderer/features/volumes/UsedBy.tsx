import { useTranslation } from 'react-i18next';
import type { VolumeSummary } from '../../../shared/volumes';
import { routeHref } from '../../app/route-store';

/** The containers that mount a volume, running or not, each a link. */
export function UsedBy({ volume }: { volume: VolumeSummary }) {
  const { t } = useTranslation();
  if (!volume.usedBy.length) return <span className="muted">{t('volumes.unused')}</span>;
  return (
    <span className="used-by">
      {volume.usedBy.map((u, i) => (
        <span key={u.id}>{i > 0 && ', '}<a href={routeHref({ screen: 'container', id: u.id })}>{u.name}</a>{u.running && <span className="muted"> {t('volumes.running')}</span>}</span>
      ))}
    </span>
  );
}
