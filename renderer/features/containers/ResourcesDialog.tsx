import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerDetails, ResourcesForm } from '../../../shared/containers';
import { parseResources, resourcesToForm, type ResourcesErrors } from '../../../shared/resources-form';
import { api } from '../../app/api-client';
import { currentEngine } from '../../app/route-store';
import { translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { notify } from '../../ui/notices-store';
import { useSubmit } from '../../ui/use-submit';

// CPUs and the memory limit are the run dialog's own fields, under its labels.
const FIELDS: { field: keyof ResourcesForm; label: string; hint?: string }[] = [
  { field: 'cpus', label: 'run.cpus', hint: 'run.cpusHint' }, { field: 'cpuShares', label: 'resources.cpuShares', hint: 'resources.sharesHint' },
  { field: 'cpusetCpus', label: 'resources.cpusetCpus', hint: 'resources.cpusetHint' }, { field: 'memory', label: 'run.memory', hint: 'run.sizeHint' },
  { field: 'memorySwap', label: 'resources.memorySwap', hint: 'resources.swapHint' }, { field: 'memoryReservation', label: 'resources.memoryReservation', hint: 'run.sizeHint' },
];

/** `docker update`: CPU and memory limits of a container, running or not, checked at each field. */
export function ResourcesDialog({ details, onClose }: { details: ContainerDetails; onClose(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ResourcesForm>(() => resourcesToForm(details.resources));
  const [errors, setErrors] = useState<ResourcesErrors>({});
  const { busy, failure, submit } = useSubmit(setErrors);
  const save = () => {
    const found = parseResources(form, details.resources).errors;
    setErrors(found);
    if (Object.keys(found).length) return;
    void submit(async () => {
      await api.containers.updateResources.mutate({ engine: currentEngine(), id: details.id, ...form });
      notify('info', t('resources.saved', { name: details.name }));
      onClose();
    });
  };
  return (
    <Dialog title={t('resources.title', { name: details.name })} onClose={onClose} onSubmit={save}
      actions={<><button type="button" onClick={onClose}>{t('common.cancel')}</button><button type="submit" className="primary" disabled={busy}>{t('common.save')}</button></>}>
      <p className="hint">{t('resources.intro')}</p>
      <div className="form-grid">
        {FIELDS.map(({ field, label, hint }) => (
          <Field key={field} label={t(label)} hint={hint && t(hint)} error={errors[field] && translate(t, errors[field])}>
            <input value={form[field]} spellCheck={false} onChange={(e) => { setForm((f) => ({ ...f, [field]: e.target.value })); setErrors((x) => ({ ...x, [field]: undefined })); }} />
          </Field>
        ))}
      </div>
      {failure && <p className="form-error" role="alert">{failure}</p>}
    </Dialog>
  );
}
