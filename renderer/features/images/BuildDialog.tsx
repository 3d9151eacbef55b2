import './images.css';
import { useEffect, useRef, useState } from 'react';
import type { BuildEvent } from '../../../shared/build';
import { useTranslation } from 'react-i18next';
import { checkBuildForm, type BuildInput } from '../../../shared/build';
import type { Message } from '../../../shared/errors';
import { api } from '../../app/api-client';
import { describeError, errorData, translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { BrowseButton } from '../../ui/BrowseButton';
import { Field } from '../../ui/Field';
import { shortId } from '../../ui/format';
import { withProxyArgs } from './proxy-build-args';
import { JobActions } from '../jobs/JobActions';
import { currentEngine } from '../../app/route-store';
import { buildEvents, type BuildDetail } from '../jobs/job-kinds';
import { cancelJob, startJob, useJob } from '../jobs/jobs-store';


/** `docker build` from a folder on the machine running Berth, with the log streamed step by step; Cancel stops it. */
export function BuildDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<BuildInput>({ context: '', dockerfile: 'Dockerfile', tags: '', buildArgs: '', target: '', noCache: false, pull: false });
  const [fields, setFields] = useState<Record<string, Message>>({});
  const [jobId, setJobId] = useState<number | null>(null);
  const job = useJob<BuildDetail>(jobId);
  const [removed, setRemoved] = useState(false);
  const [cleanup, setCleanup] = useState('');
  const log = job?.log ?? '';
  const leftover = removed ? null : job?.detail?.leftover;
  const removeLeftover = async (container: string) => {
    const [result] = await api.containers.act.mutate({ engine: currentEngine(), action: 'remove', ids: [container] }).catch((err: unknown) => [{ ok: false, error: errorData(err) }]);
    if (result?.ok) setRemoved(true);
    setCleanup(result?.ok ? t('images.build.leftoverRemoved') : describeError(t, result?.error ?? { code: 'ENGINE_ERROR' }));
  };
  const logRef = useRef<HTMLPreElement>(null);
  useEffect(() => {
    const el = logRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [log]);
  const running = job?.phase === 'running';
  const set = <K extends keyof BuildInput>(key: K, value: BuildInput[K]) => setForm((f) => ({ ...f, [key]: value }));
  const fieldError = (key: string): string | undefined => (fields[key] ? translate(t, fields[key]) : undefined);
  const build = () => {
    const local = checkBuildForm(form).fields;
    setFields(local);
    if (Object.keys(local).length || running) return;
    const tags = form.tags.trim().split(/\s+/).filter(Boolean);
    setJobId(startJob<BuildEvent, BuildDetail>({
      title: t('jobs.build', { name: tags[0] ?? form.context }), engine: currentEngine(),
      subscribe: (handlers) => api.images.build.subscribe({ engine: currentEngine(), ...form }, handlers),
      describe: (err) => describeError(t, errorData(err)),
      onRefused: (err) => {
        const data = errorData(err);
        if (data.fields) setFields(data.fields);
        return data.fields !== undefined;
      },
      onEvent: buildEvents(t),
    }));
  };
  const cancel = () => {
    if (jobId !== null) cancelJob(jobId, t('images.build.cancelled'));
  };
  const addProxyArgs = () => {
    api.daemon.clientProxies.query({ engine: currentEngine() }).then((config) => set('buildArgs', withProxyArgs(form.buildArgs, config.proxies)),
      (err) => setCleanup(describeError(t, errorData(err))));
  };
  return (
    <Dialog title={t('images.build.title')} onClose={onClose} onSubmit={build} wide
      actions={<JobActions running={running} cancelLabel={t('images.build.cancel')} submitLabel={t('images.build.submit')} onCancel={cancel} onClose={onClose} />}>
      <fieldset disabled={running} className="form-grid">
        <Field label={t('images.build.context')} hint={t('images.build.contextHint')} error={fieldError('context')}
          action={<BrowseButton kind="directory" value={form.context} onPick={(path) => set('context', path)} />}>
          <input value={form.context} autoFocus spellCheck={false} onChange={(e) => set('context', e.target.value)} />
        </Field>
        <Field label={t('images.build.dockerfile')} hint={t('images.build.dockerfileHint')} error={fieldError('dockerfile')}>
          <input value={form.dockerfile} spellCheck={false} onChange={(e) => set('dockerfile', e.target.value)} />
        </Field>
        <Field label={t('images.build.tags')} hint={t('images.build.tagsHint')} error={fieldError('tags')}>
          <textarea rows={2} value={form.tags} spellCheck={false} onChange={(e) => set('tags', e.target.value)} />
        </Field>
        <Field label={t('images.build.args')} hint={t('images.build.argsHint')} error={fieldError('buildArgs')}>
          <textarea rows={3} value={form.buildArgs} spellCheck={false} onChange={(e) => set('buildArgs', e.target.value)} />
        </Field>
        <button type="button" onClick={addProxyArgs}>{t('images.build.proxyArgs')}</button>
        <Field label={t('images.build.target')} hint={t('images.build.targetHint')} error={fieldError('target')}>
          <input value={form.target} spellCheck={false} onChange={(e) => set('target', e.target.value)} />
        </Field>
        <label className="check"><input type="checkbox" checked={form.noCache} onChange={(e) => set('noCache', e.target.checked)} />{t('images.build.noCache')}</label>
        <label className="check"><input type="checkbox" checked={form.pull} onChange={(e) => set('pull', e.target.checked)} />{t('images.build.pull')}</label>
      </fieldset>
      {job?.phase === 'running' && <p role="status">{job.status || t('images.build.sending')}</p>}
      {job?.phase === 'done' && <p role="status">{job.outcome}</p>}
      {(job?.phase === 'failed' || job?.phase === 'cancelled') && <p className="form-error" role="alert">{job.outcome}</p>}
      {leftover && (
        <p className="callout callout-warning">
          {t('images.build.leftover', { id: shortId(leftover.container), name: leftover.name })}{' '}
          <button type="button" onClick={() => void removeLeftover(leftover.container)}>{t('images.build.removeLeftover')}</button>
        </p>
      )}
      {cleanup && <p role="status">{cleanup}</p>}
      {log && <pre ref={logRef} className="build-log" role="log" aria-label={t('images.build.log')} tabIndex={0}>{log}</pre>}
    </Dialog>
  );
}
