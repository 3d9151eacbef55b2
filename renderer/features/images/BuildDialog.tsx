import { useEffect, useRef, useState } from 'react';
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
import { JobActions } from './JobActions';
import { currentEngine } from '../../app/route-store';

/** The build log kept on screen; the engine's own output can be long. */
const LOG_CHARS = 1_000_000;

type Outcome = { kind: 'running'; step: string } | { kind: 'done'; id: string; tags: string[] } | { kind: 'failed'; message: string } | null;

/** `docker build` from a folder on the machine running Berth, with the log streamed step by step; Cancel stops it. */
export function BuildDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<BuildInput>({ context: '', dockerfile: 'Dockerfile', tags: '', buildArgs: '', target: '', noCache: false, pull: false });
  const [fields, setFields] = useState<Record<string, Message>>({});
  const [log, setLog] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [leftover, setLeftover] = useState<{ container: string; name: string } | null>(null);
  const [cleanup, setCleanup] = useState('');
  const removeLeftover = async (container: string) => {
    const [result] = await api.containers.act.mutate({ engine: currentEngine(), action: 'remove', ids: [container] }).catch((err: unknown) => [{ ok: false, error: errorData(err) }]);
    if (result?.ok) setLeftover(null);
    setCleanup(result?.ok ? t('images.build.leftoverRemoved') : describeError(t, result?.error ?? { code: 'ENGINE_ERROR' }));
  };
  const subscription = useRef<{ unsubscribe(): void } | null>(null);
  const logRef = useRef<HTMLPreElement>(null);
  useEffect(() => () => subscription.current?.unsubscribe(), []);
  useEffect(() => {
    const el = logRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [log]);
  const running = outcome?.kind === 'running';
  const set = <K extends keyof BuildInput>(key: K, value: BuildInput[K]) => setForm((f) => ({ ...f, [key]: value }));
  const fieldError = (key: string): string | undefined => (fields[key] ? translate(t, fields[key]) : undefined);
  const build = () => {
    const local = checkBuildForm(form).fields;
    setFields(local);
    if (Object.keys(local).length || running) return;
    setLog('');
    setOutcome({ kind: 'running', step: '' });
    subscription.current = api.images.build.subscribe({ engine: currentEngine(), ...form }, {
      onData: (event) => {
        if (event.type === 'log') setLog((text) => (text + event.text).slice(-LOG_CHARS));
        else if (event.type === 'step') setOutcome({ kind: 'running', step: t('images.build.step', { step: event.step, total: event.total, instruction: event.instruction }) });
        else if (event.type === 'done') setOutcome({ kind: 'done', id: event.id, tags: event.tags });
        else if (event.type === 'leftover') setLeftover(event);
        else setOutcome({ kind: 'failed', message: describeError(t, event.error) });
      },
      onError: (err) => {
        const data = errorData(err);
        setFields(data.fields ?? {});
        setOutcome(data.fields ? null : { kind: 'failed', message: describeError(t, data) });
      },
    });
  };
  const cancel = () => {
    subscription.current?.unsubscribe();
    setOutcome({ kind: 'failed', message: t('images.build.cancelled') });
  };
  const addProxyArgs = () => {
    api.daemon.clientProxies.query({ engine: currentEngine() }).then((config) => set('buildArgs', withProxyArgs(form.buildArgs, config.proxies)),
      (err) => setOutcome({ kind: 'failed', message: describeError(t, errorData(err)) }));
  };
  return (
    <Dialog title={t('images.build.title')} onClose={running ? cancel : onClose} onSubmit={build} wide
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
      {outcome?.kind === 'running' && <p role="status">{outcome.step || t('images.build.sending')}</p>}
      {outcome?.kind === 'done' && <p role="status">{t('images.build.done', { id: shortId(outcome.id), tags: outcome.tags.join(', ') || '—' })}</p>}
      {outcome?.kind === 'failed' && <p className="form-error" role="alert">{outcome.message}</p>}
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
