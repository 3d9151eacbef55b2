import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemoveImageOutcome } from '../../../shared/images';
import { api } from '../../app/api-client';
import { describeError, errorData } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { shortId } from '../../ui/format';
import { notify } from '../../ui/notices-store';
import { currentEngine } from '../../app/route-store';

const label = (ref: string): string => (ref.startsWith('sha256:') ? shortId(ref) : ref);

/**
 * `docker rmi` of the selected rows: a tag row untags (the image goes with its last tag), an untagged row removes the
 * image. What could not be removed is listed with the reason and the containers in the way.
 */
export function RemoveImagesDialog({ refs, onClose, onRemoved }: { refs: string[]; onClose(): void; onRemoved(refs: string[]): void }) {
  const { t } = useTranslation();
  const [force, setForce] = useState(false);
  const [outcomes, setOutcomes] = useState<RemoveImageOutcome[] | null>(null);
  const [error, setError] = useState('');
  const remove = async () => {
    try {
      const results = await api.images.remove.mutate({ engine: currentEngine(), ids: refs, force });
      onRemoved(results.filter((r) => r.ok).map((r) => r.id));
      for (const r of results.filter((o) => o.ok)) {
        const name = label(r.id);
        if (!r.untaggedOnly) notify('info', t('images.removedOne', { name }));
        else if (r.usedBy?.length) notify('info', t('images.untaggedInUse', { name, names: r.usedBy.join(', ') }));
        else notify('info', t('images.untaggedOnly', { name }));
      }
      if (results.every((r) => r.ok)) onClose();
      else setOutcomes(results);
    } catch (err) {
      setError(describeError(t, errorData(err)));
    }
  };
  const failed = (outcomes ?? []).filter((o) => !o.ok);
  return (
    <Dialog title={t('images.removeTitle', { count: refs.length })} onClose={onClose} onSubmit={() => void remove()}
      actions={<>
        <button type="button" onClick={onClose}>{t('common.close')}</button>
        <button type="submit" className="danger">{t('actions.remove')}</button>
      </>}>
      <ul>{refs.map((ref) => <li key={ref}><code>{label(ref)}</code></li>)}</ul>
      <label className="check"><input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} />{t('images.force')}</label>
      {error && <p className="form-error" role="alert">{error}</p>}
      {failed.length > 0 && (
        <div role="alert" className="problems">
          <ul>
            {failed.map((o) => (
              <li key={o.id}>
                <code>{label(o.id)}</code>{' '}
                {o.usedBy?.length ? t('images.usedBy', { names: o.usedBy.join(', ') }) : describeError(t, o.error ?? { code: 'ENGINE_ERROR' })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Dialog>
  );
}
