import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseImageReference } from '../../../shared/parse/parse-image-reference';
import { api } from '../../app/api-client';
import { translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { TransferProgressView } from './TransferProgressView';
import { useTransfer } from './use-transfer';
import { JobActions } from '../jobs/JobActions';
import { currentEngine } from '../../app/route-store';

/** `docker pull` with a bar per layer; Cancel closes the connection, which stops the pull in the engine. */
export function PullDialog({ initialReference = '', onClose }: { initialReference?: string; onClose(): void }) {
  const { t } = useTranslation();
  const [reference, setReference] = useState(initialReference);
  const [submitted, setSubmitted] = useState(false);
  const { state, start, cancel, running } = useTransfer();
  const parsed = parseImageReference(reference);
  const fieldError = submitted && !parsed.ok ? translate(t, parsed.error) : undefined;
  const pull = () => {
    setSubmitted(true);
    if (parsed.ok && !running) start(t('jobs.pull', { reference }), (handlers) => api.images.pull.subscribe({ engine: currentEngine(), reference }, handlers));
  };
  return (
    <Dialog title={t('images.pullTitle')} onClose={onClose} onSubmit={pull} wide
      actions={<JobActions running={running} cancelLabel={t('images.cancelPull')} submitLabel={t('images.pull')} onCancel={cancel} onClose={onClose} />}>
      <Field label={t('images.reference')} hint={t('images.referenceHint')} error={fieldError}>
        <input value={reference} autoFocus spellCheck={false} disabled={running} onChange={(e) => setReference(e.target.value)} />
      </Field>
      <TransferProgressView state={state} />
    </Dialog>
  );
}
