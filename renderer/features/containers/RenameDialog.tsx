import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerDetails } from '../../../shared/containers';
import type { Message } from '../../../shared/errors';
import { parseContainerName } from '../../../shared/parse/parse-container-name';
import { api } from '../../app/api-client';
import { describeError, errorData, translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { currentEngine } from '../../app/route-store';

export function RenameDialog({ details, onClose }: { details: ContainerDetails; onClose(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(details.name);
  const [error, setError] = useState<Message | string | null>(null);
  const submit = async (): Promise<void> => {
    const parsed = parseContainerName(name);
    if (!parsed.ok || !parsed.value) return setError(parsed.ok ? { key: 'validation.name.required' } : parsed.error);
    try {
      await api.containers.rename.mutate({ engine: currentEngine(), id: details.id, name: parsed.value });
      onClose();
    } catch (err) {
      const data = errorData(err);
      setError(data.fields?.name ?? describeError(t, data));
    }
  };
  return (
    <Dialog title={t('details.renameTitle', { name: details.name })} onClose={onClose} onSubmit={() => void submit()}
      actions={<><button type="button" onClick={onClose}>{t('common.cancel')}</button><button type="submit" className="primary">{t('common.save')}</button></>}>
      <Field label={t('details.newName')} error={error === null ? undefined : typeof error === 'string' ? error : translate(t, error)}>
        <input value={name} autoFocus onChange={(e) => (setName(e.target.value), setError(null))} spellCheck={false} />
      </Field>
    </Dialog>
  );
}
