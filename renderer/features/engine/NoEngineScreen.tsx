import { useTranslation } from 'react-i18next';
import { api } from '../../app/api-client';
import type { EngineStatus } from '../../../shared/engine';
import { describeError } from '../../ui/api-error';
import { useCountdown } from './use-countdown';
import { currentEngine } from '../../app/route-store';
import { HostKeyPrompt } from '../engines/HostKeyPrompt';

/** No engine has answered in this run: say what was tried and how to start one, instead of a spinner. */
export function NoEngineScreen({ status }: { status: EngineStatus & { state: 'disconnected' } }) {
  const { t } = useTranslation();
  const seconds = useCountdown(status.retryAt);
  const hostKey = status.attempts.find((a) => a.error.hostKey)?.error.hostKey;
  return (
    <section className="no-engine" aria-labelledby="no-engine-title">
      <h1 id="no-engine-title">{t('engine.noEngineTitle')}</h1>
      <p>{t('engine.noEngineTried')}</p>
      <ul className="attempts">
        {status.attempts.map((a) => (
          <li key={a.endpoint}>
            <code>{a.endpoint}</code> — <span className="muted">{describeError(t, a.error)}</span>
          </li>
        ))}
      </ul>
      {hostKey && <HostKeyPrompt hostKey={hostKey} onTrusted={() => undefined} />}
      <h2>{t('engine.noEngineHowTo')}</h2>
      <ul>
        <li>{t('engine.howToDesktop')}</li>
        <li>{t('engine.howToLinux')}</li>
        <li>{t('engine.howToHost')}</li>
      </ul>
      <p>
        <button type="button" onClick={() => void api.engine.retryNow.mutate({ engine: currentEngine() })}>{t('engine.retryNow')}</button>{' '}
        {seconds > 0 && <span className="muted">{t('engine.reconnectIn', { seconds })}</span>}
      </p>
    </section>
  );
}
