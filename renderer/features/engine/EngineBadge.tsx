import { useTranslation } from 'react-i18next';
import { useEngineStatus } from './engine-store';

export function EngineBadge() {
  const { t } = useTranslation();
  const status = useEngineStatus();
  if (status.state !== 'connected') return <span className="engine-badge engine-badge-off">{t('engine.connecting')}</span>;
  return (
    <span className="engine-badge" title={status.info.endpoint}>
      {t('engine.badge', status.info)}
    </span>
  );
}
