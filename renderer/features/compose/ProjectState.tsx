import { useTranslation } from 'react-i18next';
import type { ComposeProject } from '../../../shared/compose-projects';

/** running n/m, partly running, exited, not created: in words and colour. */
export function ProjectState({ project }: { project: Pick<ComposeProject, 'state' | 'running' | 'total'> }) {
  const { t } = useTranslation();
  return <span className={`state-${project.state === 'partial' ? 'partial' : project.state === 'notCreated' ? 'notCreated' : project.state === 'running' ? 'running' : 'exited'}`}>
    {t(`compose.states.${project.state}`, { running: project.running, total: project.total })}
  </span>;
}
