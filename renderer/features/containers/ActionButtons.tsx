import { useTranslation } from 'react-i18next';
import type { ContainerAction, ContainerSummary } from '../../../shared/containers';
import { Pause, Play, RotateCw, Square, Trash2, Zap, type LucideIcon } from 'lucide-react';
import { availableActions, requestAction } from './container-actions';

const ICON: Record<ContainerAction, LucideIcon> = { start: Play, stop: Square, restart: RotateCw, kill: Zap, pause: Pause, unpause: Play, remove: Trash2 };

/** The buttons for one container's current state, each named after what it does to which container (of `engine`, else the page's). */
export function ActionButtons({ container, withText, engine }: { container: ContainerSummary; withText?: boolean; engine?: string }) {
  const { t } = useTranslation();
  return (
    <span className="row-actions" role="group" aria-label={t('containers.actionsFor', { name: container.name })}>
      {availableActions(container).map((action) => {
        const Icon = ICON[action];
        return (
        <button
          key={action}
          type="button"
          className={action === 'remove' ? 'icon danger' : 'icon'}
          // A native tooltip, not IconButton's: tables show a few of these per row, and a tooltip primitive on each
          // made the rows' renders (a filter keystroke) about half again as slow.
          title={t(`actions.${action}`)}
          aria-label={t(`actions.${action}Named`, { name: container.name })}
          onClick={() => void requestAction(t, action, [container], engine)}
        >
          <Icon aria-hidden="true" />
          {withText && <span> {t(`actions.${action}`)}</span>}
        </button>
        );
      })}
    </span>
  );
}
