import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageSummary, RemoveImageOutcome } from '../../../shared/images';
import { api } from '../../app/api-client';
import { describeError, errorData } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';

const label = (image: ImageSummary): string => image.repoTags[0] ?? image.id.replace(/^sha256:/, '').slice(0, 12);

/** Removes the selected images; what could not be removed is listed with the reason and the containers in the way. */
export function RemoveImagesDialog({ images, onClose, onRemoved }: { images: ImageSummary[]; onClose(): void; onRemoved(ids: string[]): void }) {
  const { t } = useTranslation();
  const [force, setForce] = useState(false);
  const [outcomes, setOutcomes] = useState<RemoveImageOutcome[] | null>(null);
  const [error, setError] = useState('');
  const remove = async () => {
    try {
      const results = await api.images.remove.mutate({ ids: images.map((i) => i.id), force });
      onRemoved(results.filter((r) => r.ok).map((r) => r.id));
      if (results.every((r) => r.ok)) onClose();
      else setOutcomes(results);
    } catch (err) {
      setError(describeError(t, errorData(err)));
    }
  };
  const failed = (outcomes ?? []).filter((o) => !o.ok);
  return (
    <Dialog title={t('images.removeTitle', { count: images.length })} onClose={onClose} onSubmit={() => void remove()}
      actions={<>
        <button type="button" onClick={onClose}>{t('common.close')}</button>
        <button type="submit" className="danger">{t('actions.remove')}</button>
      </>}>
      <ul>{images.map((i) => <li key={i.id}><code>{label(i)}</code></li>)}</ul>
      <label className="check"><input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} />{t('images.force')}</label>
      {error && <p className="form-error" role="alert">{error}</p>}
      {failed.length > 0 && (
        <div role="alert" className="problems">
          <ul>
            {failed.map((o) => {
              const image = images.find((i) => i.id === o.id);
              return (
                <li key={o.id}>
                  <code>{image ? label(image) : o.id}</code>{' '}
                  {o.usedBy?.length ? t('images.usedBy', { names: o.usedBy.join(', ') }) : describeError(t, { code: (o.error?.code ?? 'ENGINE_ERROR') as never, detail: o.error?.detail })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </Dialog>
  );
}
