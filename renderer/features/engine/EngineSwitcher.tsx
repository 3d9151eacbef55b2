import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, routeHref, useEngineId } from '../../app/route-store';
import { loadEngineList, useEngineList } from './engine-list';
import { engineStatuses, followEngineStatus } from './engine-store';

/**
 * Every engine Berth knows, always in the sidebar, each with its live state; choosing one moves the whole page to it
 * (the route names the engine). From the keyboard: Tab and Enter, or Alt+number (the key's position, whatever layout).
 */
export function EngineSwitcher() {
  const { t } = useTranslation();
  const current = useEngineId();
  const statuses = engineStatuses.store((s) => s.engines);
  const engines = useEngineList((s) => s.engines);
  useEffect(loadEngineList, []);
  useEffect(() => engines.forEach((e) => followEngineStatus(e.id)), [engines]);
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
  if (engines.length < 2) return null;
  return (
    <div className="engine-switcher">
      <h2 id="engines-title">{t('engine.switcher')}</h2>
      <ul aria-labelledby="engines-title">
        {engines.map((engine, i) => {
          const state = statuses[engine.id]?.state ?? 'connecting';
          return (
            <li key={engine.id}>
              <a href={routeHref({ screen: 'containers' }, engine.id)} aria-current={engine.id === current ? 'page' : undefined}
                title={engine.endpoint} aria-keyshortcuts={i < 9 ? `Alt+${i + 1}` : undefined}>
                <span className={`engine-dot engine-${state}`} aria-hidden="true" />
                {engine.label} <span className="muted">{t(`engine.states.${state}`)}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
