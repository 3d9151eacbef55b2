import { useTranslation } from 'react-i18next';
import type { ContainerAction, ContainerSummary } from '../../../shared/containers';
import { availableActions, requestAction } from './container-actions';

const GLYPH: Record<ContainerAction, string> = { start: '▶', stop: '■', restart: '↻', kill: '☠', pause: '❚❚', unpause: '▶', remove: '✕' };

/** The buttons for one container's current state, each named after what it does to which container (of `engine`, else the page's). */
export function ActionButtons({ container, withText, engine }: { container: ContainerSummary; withText?: boolean; engine?: string }) {
  const { t } = useTranslation();
  return (
    <span className="row-actions" role="group" aria-label={t('containers.actionsFor', { name: container.name })}>
      {availableActions(container).map((action) => (
        <button
          key={action}
          type="button"
          className={action === 'remove' ? 'icon danger' : 'icon'}
          title={t(`actions.${action}`)}
          aria-label={t(`actions.${action}Named`, { name: container.name })}
          onClick={() => void requestAction(t, action, [container], engine)}
        >
          <span aria-hidden="true">{GLYPH[action]}</span>
          {withText && <span> {t(`actions.${action}`)}</span>}
        </button>
      ))}
    </span>
  );
}
