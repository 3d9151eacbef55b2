import { useTranslation } from 'react-i18next';
import { api } from '../../app/api-client';
import type { EngineStatus } from '../../../shared/engine';
import { useCountdown } from './use-countdown';
import { currentEngine } from '../../app/route-store';

/** Shown over the last known state while an engine that had answered is away. */
export function EngineBanner({ status }: { status: EngineStatus & { state: 'disconnected' } }) {
  const { t } = useTranslation();
  const seconds = useCountdown(status.retryAt);
  return (
    <div className="banner banner-warn" role="alert">
      <span>{t('engine.disconnectedBanner')}</span>
      {seconds > 0 && <span className="muted">{t('engine.reconnectIn', { seconds })}</span>}
      <button type="button" onClick={() => void api.engine.retryNow.mutate({ engine: currentEngine() })}>{t('engine.retryNow')}</button>
    </div>
  );
}
