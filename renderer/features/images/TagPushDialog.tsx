import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageSummary } from '../../../shared/images';
import { parseImageReference } from '../../../shared/parse/parse-image-reference';
import { api } from '../../app/api-client';
import { describeError, errorData, translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { shortId } from '../../ui/format';
import { TransferProgressView } from './TransferProgressView';
import { useTransfer } from './use-transfer';
import { JobActions } from '../jobs/JobActions';
import { currentEngine } from '../../app/route-store';

/**
 * `docker tag`, or `docker push`: a push to a name the image does not have yet tags it first, so "push to my
 * registry" is one step.
 */
export function TagPushDialog({ image, mode, onClose }: { image: Pick<ImageSummary, 'id' | 'repoTags'>; mode: 'tag' | 'push'; onClose(): void }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(mode === 'push' ? image.repoTags[0] ?? '' : '');
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState('');
  const { state, start, cancel, running } = useTransfer();
  const parsed = parseImageReference(target);
  const fieldError = submitted && !parsed.ok ? translate(t, parsed.error) : error || undefined;
  const name = image.repoTags[0] ?? shortId(image.id);
  const submit = async () => {
    setSubmitted(true);
    setError('');
    if (!parsed.ok || running) return;
    try {
      if (!image.repoTags.includes(target.trim())) await api.images.tag.mutate({ engine: currentEngine(), source: image.id, target: target.trim() });
    } catch (err) {
      const data = errorData(err);
      setError(data.fields?.target ? translate(t, data.fields.target) : describeError(t, data));
      return;
    }
    if (mode === 'tag') {
      onClose();
    } else {
      start(t('jobs.push', { reference: target.trim() }), (handlers) => api.images.push.subscribe({ engine: currentEngine(), reference: target.trim() }, handlers));
    }
  };
  return (
    <Dialog title={t(`images.${mode}Title`, { name })} onClose={onClose} onSubmit={() => void submit()} wide
      actions={<JobActions running={running} cancelLabel={t('images.cancelPush')} submitLabel={t(`images.${mode}`)} onCancel={cancel} onClose={onClose} />}>
      <Field label={t(`images.${mode}Target`)} hint={t('images.targetHint')} error={fieldError}>
        <input value={target} autoFocus spellCheck={false} disabled={running} list={`${mode}-tags`} onChange={(e) => setTarget(e.target.value)} />
      </Field>
      <datalist id={`${mode}-tags`}>{image.repoTags.map((tag) => <option key={tag} value={tag} />)}</datalist>
      <TransferProgressView state={state} />
    </Dialog>
  );
}
