import { useTranslation } from 'react-i18next';
import type { ComposeProject } from '../../../shared/compose-projects';
import { routeHref } from '../../app/route-store';
import { describeError } from '../../ui/api-error';
import { startRun, useProjectRun } from './compose-runs';
import { projectInput } from './project-input';

/**
 * A project's Start / Stop on the projects list, with the run's progress in the row: its status while compose works
 * (the buttons wait), and a failure as a link to the project's page, where the output is (compose's words as its title).
 */
export function QuickActions({ engine, project }: { engine: string; project: ComposeProject }) {
  const { t } = useTranslation();
  const run = useProjectRun(engine, project.name);
  const quick = (action: 'start' | 'stop') => startRun(engine, t(`compose.a.${action}`), { project: projectInput(project), run: { action, services: [] } });
  const button = (action: 'start' | 'stop') => (
    <button type="button" aria-label={t('compose.projectAction', { action: t(`compose.a.${action}`), name: project.name })} onClick={() => quick(action)}>
      {t(`compose.a.${action}`)}
    </button>
  );
  if (run?.state === 'working') return <span className="muted" role="status">{t('compose.job.working', { action: run.label })}</span>;
  return (
    <span className="row-actions" role="group" aria-label={t('compose.actionsFor', { name: project.name })}>
      {run?.state === 'failed' && (
        <a className="state-dead" href={routeHref({ screen: 'project', id: project.name })} title={run.error ? describeError(t, run.error) : undefined}>
          {t('compose.job.failed', { action: run.label })}
        </a>
      )}
      {project.running < project.total && button('start')}
      {project.running > 0 && button('stop')}
    </span>
  );
}
