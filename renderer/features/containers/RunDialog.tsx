import { Suspense, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestartPolicyName } from '../../../shared/containers';
import type { Message } from '../../../shared/errors';
import { parseDockerRun } from '../../../shared/docker-run';
import { emptyRunForm, grantsHostPowers, parseRunForm, type RunField, type RunForm } from '../../../shared/run-form';
import { api } from '../../app/api-client';
import { describeError, errorData, translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { lazyComponent } from '../../ui/lazy-component';
import { notify } from '../../ui/notices-store';
import { currentEngine } from '../../app/route-store';
import { useCurrentEngineEntry } from '../engine/engine-list';

const PullDialog = lazyComponent(() => import('../images/PullDialog').then((m) => m.PullDialog));

const POLICIES: RestartPolicyName[] = ['no', 'always', 'unless-stopped', 'on-failure'];
const MORE_FIELDS = new Set<RunField>(['workdir', 'user', 'hostname', 'envFile', 'labels', 'addHosts', 'dns', 'capAdd', 'capDrop', 'cpus', 'memory', 'shmSize',
  'healthCmd', 'healthInterval', 'healthTimeout', 'healthRetries']);
type TextField = 'image' | 'name' | 'command' | 'entrypoint' | 'maxRetries' | 'workdir' | 'user' | 'hostname' | 'envFile' | 'capAdd' | 'capDrop'
  | 'cpus' | 'memory' | 'shmSize' | 'healthCmd' | 'healthInterval' | 'healthTimeout' | 'healthRetries' | 'dns';
type LinesField = 'env' | 'ports' | 'volumes' | 'labels' | 'addHosts';
type FlagField = 'publishAll' | 'interactive' | 'tty' | 'autoRemove' | 'privileged' | 'init';

/** A pasted `docker run …` line: fills the form, and says which flags it could not carry. */
function PasteRun({ onFill }: { onFill(form: RunForm): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [note, setNote] = useState<{ error?: string; unsupported?: string[] } | null>(null);
  const fill = () => {
    const pasted = parseDockerRun(text);
    if (!pasted.ok) return setNote({ error: translate(t, pasted.error) });
    onFill(pasted.value.form);
    setNote({ unsupported: pasted.value.unsupported });
  };
  return (
    <details className="paste-run">
      <summary>{t('run.paste')}</summary>
      <Field label={t('run.pasteLabel')} error={note?.error} action={<button type="button" onClick={fill}>{t('run.pasteFill')}</button>}>
        <textarea rows={2} value={text} spellCheck={false} onChange={(e) => { setText(e.target.value); setNote(null); }} />
      </Field>
      {note?.unsupported && <p role="status">{t('run.pasteFilled')} {note.unsupported.length > 0 && t('run.pasteUnsupported', { flags: note.unsupported.join(', ') })}</p>}
    </details>
  );
}

/** `docker run` as a form: checked here as you submit, checked again in main, and nothing is left behind on failure. */
export function RunDialog({ onClose, initial }: { onClose(): void; initial?: Partial<RunForm> }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<RunForm>({ ...emptyRunForm, ...initial });
  const [errors, setErrors] = useState<Partial<Record<RunField, Message>>>({});
  const [general, setGeneral] = useState('');
  const [busy, setBusy] = useState(false);
  const [images, setImages] = useState<string[]>([]);
  const [pulling, setPulling] = useState('');
  const [moreOpen, setMoreOpen] = useState(false);
  const [networks, setNetworks] = useState<string[]>([]);
  const listImages = () => api.images.list.query({ engine: currentEngine() }).then((list) => setImages(list.flatMap((i) => i.repoTags).sort()), () => setImages([]));
  useEffect(() => {
    void listImages();
    api.networks.list.query({ engine: currentEngine() }).then((list) => setNetworks(list.map((n) => n.name).sort()), () => setNetworks([]));
  }, []);

  const set = <K extends RunField>(field: K, value: RunForm[K]): void => {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const error = (field: RunField): string | undefined => (errors[field] ? translate(t, errors[field]) : undefined);
  // The engine does not have the image: offer to pull it right here, then run as typed.
  const missingImage = errors.image?.key === 'validation.image.notLocal' ? form.image.trim() : '';
  const pullButton = missingImage
    ? <button type="button" onClick={() => setPulling(missingImage)}>{t('run.pullImage', { image: missingImage })}</button>
    : undefined;
  const network = form.network.trim();
  const networkChoices = network && !networks.includes(network) ? [network, ...networks] : networks;
  const text = (field: TextField, hint?: string, extra?: Record<string, unknown>) => (
    <Field label={t(`run.${field}`)} hint={hint} error={error(field)} action={field === 'image' ? pullButton : undefined}>
      <input name={field} value={form[field]} onChange={(e) => set(field, e.target.value)} autoComplete="off" spellCheck={false} {...extra} />
    </Field>
  );
  // Host paths of bind mounts are on the engine's machine, which for a remote engine is not this one.
  const remote = useCurrentEngineEntry()?.local === false;
  const hint = (field: LinesField): string => (field === 'volumes' && remote ? t('run.volumesHintRemote') : t(`run.${field}Hint`));
  const lines = (field: LinesField) => (
    <Field label={t(`run.${field}`)} hint={hint(field)} error={error(field)}>
      <textarea name={field} rows={2} value={form[field]} onChange={(e) => set(field, e.target.value)} spellCheck={false} />
    </Field>
  );
  const flag = (field: FlagField) => (
    <label className="check">
      <input type="checkbox" name={field} checked={form[field]} onChange={(e) => set(field, e.target.checked)} /> {t(`run.${field}`)}
    </label>
  );

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    const start = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('name') !== 'create';
    const values = { ...form, start };
    setGeneral('');
    const parsed = parseRunForm(values);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      // A problem among the more options must be seen to be fixed.
      if (Object.keys(parsed.errors).some((f) => MORE_FIELDS.has(f as RunField))) setMoreOpen(true);
      setGeneral(t('run.fixFields'));
      return;
    }
    setBusy(true);
    try {
      const result = await api.containers.run.mutate({ engine: currentEngine(), ...values });
      notify('info', t(result.started ? 'run.started' : 'run.created', { name: values.name || result.id.slice(0, 12) }));
      onClose();
    } catch (err) {
      const data = errorData(err);
      setErrors(data.fields ?? {});
      if (Object.keys(data.fields ?? {}).some((f) => MORE_FIELDS.has(f as RunField))) setMoreOpen(true);
      setGeneral(describeError(t, data));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('run.title')} onClose={onClose} onSubmit={(e) => void submit(e)} wide
      actions={
        <>
          {general && <p className="form-error" role="alert">{general}</p>}
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" name="start" className="primary" disabled={busy}>{t('run.createAndStart')}</button>
          <button type="submit" name="create" disabled={busy}>{t('run.create')}</button>
        </>
      }>
      <PasteRun onFill={(pasted) => { setForm(pasted); setErrors({}); setMoreOpen(true); }} />
      <div className="form-grid">
        {text('image', t('run.imageHint'), { list: 'local-images', 'data-autofocus': true })}
        <datalist id="local-images">{images.map((tag) => <option key={tag} value={tag} />)}</datalist>
        {text('name', t('run.nameHint'))}
        {text('command', t('run.commandHint'))}
        {text('entrypoint', t('run.entrypointHint'))}
        {lines('ports')}
        {lines('env')}
        {lines('volumes')}
        <Field label={t('run.network')} error={error('network')}>
          <select name="network" value={network} onChange={(e) => set('network', e.target.value)}>
            <option value="">{t('run.networkDefault')}</option>
            {networkChoices.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </Field>
        <Field label={t('run.restart')} error={error('restart')}>
          <select name="restart" value={form.restart} onChange={(e) => set('restart', e.target.value as RestartPolicyName)}>
            {POLICIES.map((p) => <option key={p} value={p}>{t(`run.restartPolicy.${p}`)}</option>)}
          </select>
        </Field>
        {form.restart === 'on-failure' && text('maxRetries', undefined, { inputMode: 'numeric' })}
      </div>
      <div className="flags">
        {flag('publishAll')}
        {flag('interactive')}
        {flag('tty')}
        {flag('autoRemove')}
      </div>
      <details className="run-more" open={moreOpen} onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
        <summary>{t('run.more')}</summary>
        <fieldset className="form-grid">
          <legend>{t('run.sections.runtime')}</legend>
          {text('workdir')}
          {text('user', t('run.userHint'))}
          {text('hostname')}
          {text('envFile', t('run.envFileHint'))}
          {lines('labels')}
          {lines('addHosts')}
          {text('dns', t('run.dnsHint'))}
          {text('capAdd', t('run.capsHint'))}
          {text('capDrop', t('run.capsHint'))}
        </fieldset>
        <div className="flags">{flag('privileged')}{flag('init')}</div>
        {grantsHostPowers(form) && <p className="warning" role="note">{t('run.powersWarning')}</p>}
        <fieldset className="form-grid">
          <legend>{t('run.sections.resources')}</legend>
          {text('cpus', t('run.cpusHint'), { inputMode: 'decimal' })}
          {text('memory', t('run.sizeHint'))}
          {text('shmSize', t('run.sizeHint'))}
        </fieldset>
        <fieldset className="form-grid">
          <legend>{t('run.sections.health')}</legend>
          {text('healthCmd', t('run.healthCmdHint'))}
          {text('healthInterval', t('run.durationHint'))}
          {text('healthTimeout', t('run.durationHint'))}
          {text('healthRetries', undefined, { inputMode: 'numeric' })}
        </fieldset>
      </details>
      {pulling && (
        <Suspense fallback={null}>
          <PullDialog initialReference={pulling} onClose={() => {
            setPulling('');
            setErrors((e) => ({ ...e, image: undefined }));
            void listImages();
          }} />
        </Suspense>
      )}
    </Dialog>
  );
}
