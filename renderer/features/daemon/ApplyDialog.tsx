import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplyEvent, ApplyInput, ApplyPlan, ApplyStepName } from '../../../shared/daemon/daemon-api';
import { api } from '../../app/api-client';
import { describeError, errorData, translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { currentEngine } from '../../app/route-store';

type StepEvent = Extract<ApplyEvent, { type: 'step' }>;
type Done = Extract<ApplyEvent, { type: 'done' }>;
const STEPS: ApplyStepName[] = ['validate', 'diff', 'backup', 'write', 'apply', 'verify', 'rollback'];

/** A unified diff with added and removed lines marked for the eye and for screen readers. */
export function DiffView({ diff, label }: { diff: string; label: string }) {
  const lines = diff.split('\n').filter((l) => !/^(Index:|====|---|\+\+\+)/.test(l));
  return (
    <pre className="diff" aria-label={label} tabIndex={0}>
      {lines.map((line, i) => <span key={i} className={line.startsWith('+') ? 'diff-add' : line.startsWith('-') ? 'diff-del' : undefined}>{line}{'\n'}</span>)}
    </pre>
  );
}

/** Review (problems, diff, reload or restart) → confirm → the pipeline's steps as they happen → the outcome. */
export function ApplyDialog({ input, onClose, onFinished }: { input: Omit<ApplyInput, 'overrideValidation'>; onClose(): void; onFinished(): void }) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState<ApplyPlan | null>(null);
  const [planError, setPlanError] = useState('');
  const [override, setOverride] = useState(false);
  const [steps, setSteps] = useState<Partial<Record<ApplyStepName, StepEvent>>>({});
  const [done, setDone] = useState<Done | null>(null);
  const [started, setStarted] = useState(false);
  useEffect(() => {
    api.daemon.plan.mutate({ engine: currentEngine(), ...input, overrideValidation: false }).then(setPlan, (err) => setPlanError(describeError(t, errorData(err))));
  }, [input, t]);
  const errors = plan?.problems.filter((p) => p.severity === 'error') ?? [];
  const warnings = plan?.problems.filter((p) => p.severity === 'warning') ?? [];
  const canStart = !!plan && plan.canApply && (errors.length === 0 || override) && !started;
  const start = () => {
    setStarted(true);
    api.daemon.run.subscribe({ engine: currentEngine(), ...input, overrideValidation: override }, {
      onData: (event) => {
        if (event.type === 'step') setSteps((s) => ({ ...s, [event.step]: event }));
        if (event.type === 'done') { setDone(event); onFinished(); }
      },
      onError: (err) => setDone({ type: 'done', outcome: 'failed', engineError: describeError(t, errorData(err)) }),
    });
  };
  const closeLabel = done || !started ? t('common.close') : t('daemon.apply.running');
  return (
    <Dialog wide title={t('daemon.apply.title')} onClose={() => { if (!started || done) onClose(); }} onSubmit={() => canStart && start()}
      actions={<>
        <button type="button" disabled={started && !done} onClick={onClose}>{closeLabel}</button>
        {!started && <button type="submit" className="primary" disabled={!canStart}>{t('daemon.apply.confirm')}</button>}
      </>}>
      {!plan && !planError && <p>{t('common.loading')}</p>}
      {planError && <p className="form-error" role="alert">{planError}</p>}
      {plan && (
        <>
          {errors.length > 0 && (
            <div role="alert" className="problems">
              <h3>{t('daemon.apply.errors')}</h3>
              <ul>{errors.map((p, i) => <li key={i}><code>{p.key}</code> {translate(t, p.message)}</li>)}</ul>
              {plan.canApply && (
                <label className="check"><input type="checkbox" checked={override} disabled={started} onChange={(e) => setOverride(e.target.checked)} />{t('daemon.apply.override')}</label>
              )}
            </div>
          )}
          {warnings.length > 0 && (
            <div className="problems problems-warning">
              <h3>{t('daemon.apply.warnings')}</h3>
              <ul>{warnings.map((p, i) => <li key={i}><code>{p.key}</code> {translate(t, p.message)}</li>)}</ul>
            </div>
          )}
          <p className={plan.mode === 'restart' && !plan.liveRestore ? 'callout callout-warning' : undefined}>
            {t(plan.noReloadCommand ? 'daemon.apply.mode.restartNoReload' : `daemon.apply.mode.${plan.mode}`, { keys: plan.changed.join(', ') })}
            {plan.mode === 'restart' && ' ' + t(plan.liveRestore ? 'daemon.apply.liveRestoreOn' : 'daemon.apply.containersStop')}
          </p>
          <DiffView diff={plan.diff} label={t('daemon.apply.diff')} />
        </>
      )}
      {started && (
        <ol className="steps" aria-label={t('daemon.apply.steps')}>
          {STEPS.filter((s) => steps[s]).map((s) => (
            <li key={s} className={`step step-${steps[s]!.state}`}>
              {t('daemon.apply.step', { step: t(`daemon.steps.names.${s}`), state: t(`daemon.steps.states.${steps[s]!.state}`) })}
              {steps[s]!.message && <span className="hint"> — {translate(t, steps[s]!.message!)}</span>}
            </li>
          ))}
        </ol>
      )}
      {done && (
        <div role={done.outcome === 'applied' || done.outcome === 'unchanged' ? 'status' : 'alert'} className={`outcome outcome-${done.outcome}`}>
          <p>{t(`daemon.apply.outcome.${done.outcome}`)}</p>
          {done.engineError && <pre aria-label={t('daemon.apply.engineError')}>{done.engineError}</pre>}
        </div>
      )}
    </Dialog>
  );
}
