import './engine.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, routeHref, useEngineId, useRoute } from '../../app/route-store';
import { describeError } from '../../ui/api-error';
import { engineStatuses, useFollowedEngines } from './engine-store';

/**
 * Every engine Berth knows, always in the sidebar, each with its live state and running containers; choosing one moves
 * the whole page to it (the route names the engine). From the keyboard: Tab and Enter, or Alt+number (the key's
 * position, whatever layout). Below them: every engine's containers in one table, and the list to manage.
 */
export function EngineSwitcher() {
  const { t } = useTranslation();
  const current = useEngineId();
  const screen = useRoute((s) => s.route.screen);
  const statuses = engineStatuses.store((s) => s.engines);
  const engines = useFollowedEngines();
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const index = /^Digit([1-9])$/.exec(event.code)?.[1];
      const engine = index && event.altKey && !event.ctrlKey && !event.metaKey ? engines[Number(index) - 1] : undefined;
      if (!engine) return;
      event.preventDefault();
      navigate({ screen: 'containers' }, engine.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [engines]);
  const fleetScreen = screen === 'all' || screen === 'engines';
  return (
    <div className="engine-switcher">
      <h2 id="engines-title">{t('engine.switcher')}</h2>
      <ul aria-labelledby="engines-title">
        {engines.map((engine, i) => {
          const status = statuses[engine.id];
          const state = status?.state ?? 'connecting';
          // Why it is down, where the pointer rests (the engines screen says it in full).
          const why = status?.state === 'disconnected' && status.attempts[0] ? ` — ${describeError(t, status.attempts[0].error)}` : '';
          return (
            <li key={engine.id}>
              <a href={routeHref({ screen: 'containers' }, engine.id)} aria-current={engine.id === current && !fleetScreen ? 'page' : undefined}
                title={`${engine.endpoint}${why}`} aria-keyshortcuts={i < 9 ? `Alt+${i + 1}` : undefined}>
                <span className={`engine-dot engine-${state}`} aria-hidden="true" />
                <span className="engine-name">{engine.label}</span>{' '}
                <span className="muted">
                  {status?.state === 'connected' ? t('engine.runningCount', { count: status.info.running }) : t(`engine.states.${state}`)}
                </span>
              </a>
            </li>
          );
        })}
        <li className="engine-fleet">
          <a href={routeHref({ screen: 'all' })} aria-current={screen === 'all' ? 'page' : undefined}>{t('engine.all')}</a>
        </li>
        <li className="engine-fleet">
          <a href={routeHref({ screen: 'engines' })} aria-current={screen === 'engines' ? 'page' : undefined}>{t('engine.manage')}</a>
        </li>
      </ul>
    </div>
  );
}
