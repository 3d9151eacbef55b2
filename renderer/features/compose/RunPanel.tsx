import { useTranslation } from 'react-i18next';
import { serviceOfResource } from '../../../shared/compose-projects';
import { describeError } from '../../ui/api-error';
import { cancelRun, type ComposeRun, type StepView } from './compose-runs';

/** Steps grouped by the service whose container they are about; networks, volumes and images stand alone. */
function byService(steps: StepView[], project: string): { name: string; done: number; total: number; failed: boolean; last: string }[] {
  const groups = new Map<string, StepView[]>();
  for (const step of steps) {
    const name = serviceOfResource(step.id, project) ?? (step.id || '—');
    (groups.get(name) ?? groups.set(name, []).get(name)!).push(step);
  }
  return [...groups].map(([name, list]) => ({
    name, done: list.filter((s) => s.state !== 'working').length, total: list.length, failed: list.some((s) => s.state === 'error'), last: list.at(-1)!.text,
  }));
}

/** A project's compose run: a bar per service, compose's words as they came, its end; Cancel while it runs. */
export function RunPanel({ engine, project, run }: { engine: string; project: string; run: ComposeRun }) {
  const { t } = useTranslation();
  const status = t(`compose.job.${run.state === 'working' ? 'working' : run.state}`, { action: run.label });
  return (
    <section className="run-panel" aria-label={t('compose.output')}>
      <header>
        <strong role="status">{status}</strong>
        {run.state === 'working' && <button type="button" onClick={() => cancelRun(engine, project)}>{t('compose.a.cancel')}</button>}
      </header>
      {run.error && <p className="form-error" role="alert">{describeError(t, run.error)}</p>}
      <ul className="run-steps">
        {byService(run.steps, project).map((g) => (
          <li key={g.name} style={{ display: 'contents' }}>
            <span className={g.failed ? 'state-dead' : undefined}>{g.name} <span className="muted">{g.last}</span></span>
            <progress max={g.total} value={g.done} aria-label={t('compose.progress', { service: g.name, done: g.done, total: g.total })} />
          </li>
        ))}
      </ul>
      <details open={run.state === 'failed'}>
        <summary>{t('compose.output')}</summary>
        <pre className="run-output">{run.lines.join('\n')}</pre>
      </details>
    </section>
  );
}
