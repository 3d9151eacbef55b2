import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OpenProjectInput } from '../../../shared/compose';
import { api } from '../../app/api-client';
import { currentEngine, routeHref } from '../../app/route-store';
import { translate } from '../../ui/api-error';
import { BrowseButton } from '../../ui/BrowseButton';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { checkForm, type FieldErrors } from '../../ui/form-check';
import { notify } from '../../ui/notices-store';
import { useSubmit } from '../../ui/use-submit';
import { reloadOpened } from './compose-store';

type Text = 'paths' | 'name' | 'envFile' | 'profiles';

const words = (text: string): string[] => text.split(/[\s,]+/).filter(Boolean);

/** Open a project from its files: compose reads them first (its complaints at the files' field), then Berth remembers it. */
export function OpenProjectDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Record<Text, string>>({ paths: '', name: '', envFile: '', profiles: '' });
  const [errors, setErrors] = useState<FieldErrors<Text>>({});
  const { busy, failure, submit: send } = useSubmit(setErrors);
  const edit = (field: Text, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const submit = async () => {
    const { errors: found, input } = checkForm(OpenProjectInput, {
      paths: form.paths.split('\n').map((p) => p.trim()).filter(Boolean), name: form.name.trim(), envFile: form.envFile.trim(), profiles: words(form.profiles),
    });
    setErrors(found);
    if (!input) return;
    await send(async () => {
      const engine = currentEngine();
      const project = await api.compose.open.mutate({ engine, ...input });
      reloadOpened(engine);
      notify('info', t('compose.opened', { name: project.name }));
      onClose();
      window.location.hash = routeHref({ screen: 'project', id: project.name });
    });
  };
  const error = (field: Text) => (errors[field] ? translate(t, errors[field]) : undefined);
  return (
    <Dialog title={t('compose.openTitle')} onClose={onClose} onSubmit={() => void submit()} wide
      actions={<><button type="button" onClick={onClose}>{t('common.cancel')}</button><button type="submit" className="primary" disabled={busy}>{t('compose.openSubmit')}</button></>}>
      <Field label={t('compose.paths')} hint={t('compose.pathsHelp')} error={error('paths')}
        action={<BrowseButton kind="open" value={form.paths.split('\n')[0] ?? ''} onPick={(p) => edit('paths', form.paths.trim() ? `${form.paths.trim()}\n${p}` : p)} />}>
        <textarea rows={2} value={form.paths} spellCheck={false} data-autofocus onChange={(e) => edit('paths', e.target.value)} />
      </Field>
      <Field label={t('compose.name')} hint={t('compose.nameHelp')} error={error('name')}>
        <input value={form.name} spellCheck={false} onChange={(e) => edit('name', e.target.value)} />
      </Field>
      <Field label={t('compose.envFile')} error={error('envFile')}>
        <input value={form.envFile} spellCheck={false} onChange={(e) => edit('envFile', e.target.value)} />
      </Field>
      <Field label={t('compose.profiles')} hint={t('compose.profilesHelp')} error={error('profiles')}>
        <input value={form.profiles} spellCheck={false} onChange={(e) => edit('profiles', e.target.value)} />
      </Field>
      {failure && <p className="form-error" role="alert">{failure}</p>}
    </Dialog>
  );
}
