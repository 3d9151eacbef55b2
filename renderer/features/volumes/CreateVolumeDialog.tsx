import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateVolumeInput } from '../../../shared/volumes';
import { api } from '../../app/api-client';
import { currentEngine } from '../../app/route-store';
import { translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { checkForm, pairsOf, type FieldErrors } from '../../ui/form-check';
import { notify } from '../../ui/notices-store';
import { useSubmit } from '../../ui/use-submit';

type FieldName = 'name' | 'driver' | 'options' | 'labels';

/** Each field's problem, checked here before main checks it again: a bad line is named where it was typed. */
function check(form: Record<FieldName, string>) {
  const errors: FieldErrors<FieldName> = {};
  const values = { name: form.name.trim(), driver: form.driver.trim(), options: pairsOf('options', form.options, errors), labels: pairsOf('labels', form.labels, errors) };
  return checkForm(CreateVolumeInput, values, errors);
}

/** `docker volume create`: a name (or one the engine picks), a driver with its options, labels. */
export function CreateVolumeDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Record<FieldName, string>>({ name: '', driver: 'local', options: '', labels: '' });
  const [errors, setErrors] = useState<FieldErrors<FieldName>>({});
  const { busy, failure, submit: send } = useSubmit(setErrors);
  const edit = (field: FieldName, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const submit = async () => {
    const { errors: found, input } = check(form);
    setErrors(found);
    if (!input) return;
    await send(async () => {
      const { name } = await api.volumes.create.mutate({ engine: currentEngine(), ...input });
      notify('info', t('volumes.created', { name }));
      onClose();
    });
  };
  const error = (field: FieldName) => (errors[field] ? translate(t, errors[field]) : undefined);
  return (
    <Dialog title={t('volumes.createTitle')} onClose={onClose} onSubmit={() => void submit()}
      actions={<><button type="button" onClick={onClose}>{t('common.cancel')}</button><button type="submit" className="primary" disabled={busy}>{t('volumes.createSubmit')}</button></>}>
      <Field label={t('volumes.name')} hint={t('volumes.nameHint')} error={error('name')}>
        <input value={form.name} data-autofocus spellCheck={false} onChange={(e) => edit('name', e.target.value)} />
      </Field>
      <Field label={t('volumes.driver')} error={error('driver')}>
        <input value={form.driver} spellCheck={false} onChange={(e) => edit('driver', e.target.value)} />
      </Field>
      <Field label={t('volumes.options')} hint={t('volumes.pairsHint')} error={error('options')}>
        <textarea rows={2} value={form.options} spellCheck={false} onChange={(e) => edit('options', e.target.value)} />
      </Field>
      <Field label={t('volumes.labels')} hint={t('volumes.pairsHint')} error={error('labels')}>
        <textarea rows={2} value={form.labels} spellCheck={false} onChange={(e) => edit('labels', e.target.value)} />
      </Field>
      {failure && <p className="form-error" role="alert">{failure}</p>}
    </Dialog>
  );
}
