import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../shared/containers';

export function StateBadge({ container }: { container: Pick<ContainerSummary, 'state' | 'health'> }) {
  const { t } = useTranslation();
  return (
    <span className={`state state-${container.state}`}>
      {t(`containers.state.${container.state}`)}
      {container.health && <span className={`health health-${container.health}`}> · {t(`containers.health.${container.health}`)}</span>}
    </span>
  );
}
