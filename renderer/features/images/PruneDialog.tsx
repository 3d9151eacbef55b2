import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrunePreview, PruneResult } from '../../../shared/images';
import { api } from '../../app/api-client';
import { describeError, errorData } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { formatBytes, shortId } from '../../ui/format';
import { currentEngine } from '../../app/route-store';

/** `docker image prune [-a]` with a preview first; exactly the previewed images are removed. */
export function PruneDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const [preview, setPreview] = useState<PrunePreview | null>(null);
  const [result, setResult] = useState<PruneResult | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const choose = (value: boolean): void => {
    setAll(value);
    setPreview(null);
  };
  useEffect(() => {
    api.images.prunePreview.query({ engine: currentEngine(), all }).then(setPreview, (err) => setError(describeError(t, errorData(err))));
  }, [all, t]);
  const prune = async () => {
    if (!preview?.images.length || busy || result) return;
    setBusy(true);
    try {
      setResult(await api.images.prune.mutate({ engine: currentEngine(), ids: preview.images.map((i) => i.id) }));
    } catch (err) {
      setError(describeError(t, errorData(err)));
    } finally {
      setBusy(false);
    }
  };
  const count = preview?.images.length ?? 0;
  return (
    <Dialog title={t('images.prune.title')} onClose={onClose} onSubmit={() => void prune()} wide
      actions={<>
        <button type="button" onClick={onClose}>{t('common.close')}</button>
        {!result && (
          <button type="submit" className="danger" disabled={!count || busy}>
            {t('images.prune.confirm', { count, size: formatBytes(preview?.reclaimable ?? 0) })}
          </button>
        )}
      </>}>
      <fieldset disabled={!!result || busy}>
        <legend>{t('images.prune.which')}</legend>
        <label className="check"><input type="radio" name="prune" checked={!all} onChange={() => choose(false)} />{t('images.prune.dangling')}</label>
        <label className="check"><input type="radio" name="prune" checked={all} onChange={() => choose(true)} />{t('images.prune.all')}</label>
      </fieldset>
      {error && <p className="form-error" role="alert">{error}</p>}
      {!preview && !error && <p>{t('common.loading')}</p>}
      {preview && !result && (count === 0 ? <p role="status">{t('images.prune.nothing')}</p> : (
        <ul aria-label={t('images.prune.list')}>
          {preview.images.map((i) => <li key={i.id}><code>{i.repoTags.join(', ') || shortId(i.id)}</code> · {formatBytes(i.size)}</li>)}
        </ul>
      ))}
      {result && (
        <>
          <p role="status">{t('images.prune.done', { count: result.removed.length, size: formatBytes(result.reclaimed) })}</p>
          {result.kept.length > 0 && (
            <ul aria-label={t('images.prune.kept')}>
              {result.kept.map((k) => <li key={k.id}><code>{shortId(k.id)}</code> {describeError(t, { code: (k.error?.code ?? 'ENGINE_ERROR') as never, detail: k.error?.detail })}</li>)}
            </ul>
          )}
        </>
      )}
    </Dialog>
  );
}
