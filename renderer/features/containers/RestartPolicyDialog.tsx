import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerDetails, RestartPolicyName } from '../../../shared/containers';
import { api } from '../../app/api-client';
import { describeError, errorData } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { currentEngine } from '../../app/route-store';

const POLICIES: RestartPolicyName[] = ['no', 'always', 'unless-stopped', 'on-failure'];

/** `docker update --restart`. */
export function RestartPolicyDialog({ details, onClose }: { details: ContainerDetails; onClose(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState<RestartPolicyName>(details.restartPolicy.name);
  const [retries, setRetries] = useState(String(details.restartPolicy.maxRetries));
  const [submitted, setSubmitted] = useState(false);
  const [engineError, setEngineError] = useState('');
  const retriesValid = /^\d{1,4}$/.test(retries.trim()) && Number(retries) <= 1000;
  // Shown at the field once the user has tried to save, and gone as soon as the value is fixed.
  const retriesError = submitted && name === 'on-failure' && !retriesValid ? t('validation.restart.retries') : undefined;
  const submit = async (): Promise<void> => {
    setSubmitted(true);
    if (name === 'on-failure' && !retriesValid) return;
    try {
      await api.containers.updateRestartPolicy.mutate({ engine: currentEngine(), id: details.id, policy: { name, maxRetries: name === 'on-failure' ? Number(retries) : 0 } });
      onClose();
    } catch (err) {
      setEngineError(describeError(t, errorData(err)));
    }
  };
  return (
    <Dialog title={t('details.restartTitle', { name: details.name })} onClose={onClose} onSubmit={() => void submit()}
      actions={<>{engineError && <p className="form-error" role="alert">{engineError}</p>}<button type="button" onClick={onClose}>{t('common.cancel')}</button><button type="submit" className="primary">{t('common.save')}</button></>}>
      <Field label={t('run.restart')}>
        <select value={name} autoFocus onChange={(e) => setName(e.target.value as RestartPolicyName)}>
          {POLICIES.map((p) => <option key={p} value={p}>{t(`run.restartPolicy.${p}`)}</option>)}
        </select>
      </Field>
      {name === 'on-failure' && (
        <Field label={t('run.maxRetries')} error={retriesError}>
          <input inputMode="numeric" value={retries} onChange={(e) => setRetries(e.target.value)} />
        </Field>
      )}
    </Dialog>
  );
}
