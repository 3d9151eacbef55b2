import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngineKind, EngineProbe, EngineSpecInput } from '../../../shared/engine';
import type { ErrorData } from '../../../shared/errors';
import { api } from '../../app/api-client';
import { navigate } from '../../app/route-store';
import { describeError, errorData, translate } from '../../ui/api-error';
import { BrowseButton } from '../../ui/BrowseButton';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { notify } from '../../ui/notices-store';
import { reloadEngineList } from '../engine/engine-list';
import { HostKeyPrompt } from './HostKeyPrompt';

const KINDS: EngineKind[] = ['ssh', 'tcp', 'unix', 'npipe'];
type Form = Required<EngineSpecInput>;
type FileField = 'ca' | 'cert' | 'key' | 'identityFile';
const EMPTY: Form = {
  name: '', kind: 'ssh', address: '', tls: true, verify: true, ca: '', cert: '', key: '', identityFile: '', saveAsContext: false,
};

/** What the last "Test connection" said: the engine that answered, or why none did. */
type Outcome = { ok: true; probe: EngineProbe } | { ok: false; error: ErrorData } | null;

/**
 * The form for an engine on another machine (or another socket here). Main checks every field and answers per field;
 * "Test connection" connects once with what is typed, and an SSH host seen for the first time asks to be trusted here.
 */
export function AddEngineDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(EMPTY);
  const [fields, setFields] = useState<Partial<NonNullable<ErrorData['fields']>>>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Form>(key: K, value: Form[K]): void => {
    setForm((f) => ({ ...f, [key]: value }));
    setFields((f) => ({ ...f, [key]: undefined }));
  };
  const failed = (err: unknown): void => {
    const data = errorData(err);
    setFields(data.fields ?? {});
    setOutcome(data.fields ? null : { ok: false, error: data });
  };
  const test = async (): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ ok: true, probe: await api.engines.test.mutate(form) });
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };
  const add = async (): Promise<void> => {
    setBusy(true);
    try {
      const entry = await api.engines.add.mutate(form);
      await reloadEngineList();
      notify('info', t('engines.added', { name: entry.label }));
      onClose();
      navigate({ screen: 'containers' }, entry.id);
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };
  const error = (key: keyof Form): string | undefined => {
    const message = fields[key];
    return message && translate(t, message);
  };
  const field = (key: keyof Form, label: string, input: ReactElement<Record<string, unknown>>, hint?: string) => (
    <Field label={label} hint={hint} error={error(key)}>{input}</Field>
  );
  const fileField = (key: FileField, hint?: string) => (
    <Field label={t(`engines.${key}`)} hint={hint} error={error(key)}
      action={<BrowseButton kind="open" value={form[key]} onPick={(path) => set(key, path)} />}>
      <input value={form[key]} onChange={(e) => set(key, e.target.value)} spellCheck={false} />
    </Field>
  );
  const check = (key: 'tls' | 'verify' | 'saveAsContext') => (
    <label className="toggle"><input type="checkbox" checked={form[key]} onChange={(e) => set(key, e.target.checked)} /> {t(`engines.${key}`)}</label>
  );
  return (
    <Dialog title={t('engines.addTitle')} onClose={onClose} onSubmit={() => void add()} wide
      actions={
        <>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" disabled={busy} onClick={() => void test()}>{busy ? t('engines.testing') : t('engines.test')}</button>
          <button type="submit" className="primary" disabled={busy}>{t('engines.addSubmit')}</button>
        </>
      }>
      {field('name', t('engines.name'), <input value={form.name} autoFocus onChange={(e) => set('name', e.target.value)} />, t('engines.nameHint'))}
      {field('kind', t('engines.kind'), (
        <select value={form.kind} onChange={(e) => set('kind', e.target.value as EngineKind)}>
          {KINDS.map((kind) => <option key={kind} value={kind}>{t(`engines.kinds.${kind}`)}</option>)}
        </select>
      ))}
      {field('address', t('engines.address'), <input value={form.address} onChange={(e) => set('address', e.target.value)} spellCheck={false} />,
        t(`engines.addressHints.${form.kind}`))}
      {form.kind === 'tcp' && (
        <fieldset className="fieldset">
          <legend>{check('tls')}</legend>
          {form.tls && (
            <>
              {check('verify')}
              {form.verify && fileField('ca')}
              {fileField('cert')}
              {fileField('key', t('engines.tlsHint'))}
            </>
          )}
        </fieldset>
      )}
      {form.kind === 'ssh' && fileField('identityFile', t('engines.identityHint'))}
      {check('saveAsContext')}
      {outcome?.ok && (
        <p className="callout callout-ok" role="status">
          {t('engines.probe', { ...outcome.probe, latency: outcome.probe.latencyMs })}
        </p>
      )}
      {outcome && !outcome.ok && (outcome.error.hostKey
        ? <HostKeyPrompt hostKey={outcome.error.hostKey} onTrusted={() => void test()} />
        : <p className="callout callout-error" role="alert">{describeError(t, outcome.error)}</p>)}
    </Dialog>
  );
}
