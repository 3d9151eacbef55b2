import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageSummary } from '../../../shared/images';
import { api } from '../../app/api-client';
import { describeError, errorData } from '../../ui/api-error';
import { formatAgo, formatBytes, shortId } from '../../ui/format';
import { BuildDialog } from './BuildDialog';
import { ImportImageDialog, LoadImagesDialog, SaveImagesDialog } from './image-file-dialogs';
import { PruneDialog } from './PruneDialog';
import { PullDialog } from './PullDialog';
import { RemoveImagesDialog } from './RemoveImagesDialog';
import { TagPushDialog } from './TagPushDialog';

/** Local images (the run dialog's typeahead draws on the same call). */
export function ImagesScreen() {
  const { t, i18n } = useTranslation();
  const [images, setImages] = useState<ImageSummary[]>([]);
  const [filter, setFilter] = useState('');
  const [error, setError] = useState('');
  const [pulling, setPulling] = useState(false);
  const [pruning, setPruning] = useState(false);
  const [building, setBuilding] = useState(false);
  const [fileJob, setFileJob] = useState<'save' | 'load' | 'import' | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  /** What the remove dialog was opened for: it keeps its list while the table reloads. */
  const [removing, setRemoving] = useState<ImageSummary[] | null>(null);
  const [tagging, setTagging] = useState<{ image: ImageSummary; mode: 'tag' | 'push' } | null>(null);
  const load = (): void => {
    api.images.list.query().then((list) => (setImages(list), setError('')), (err) => setError(describeError(t, errorData(err))));
  };
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(load, []);
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return images.filter((i) => !needle || i.repoTags.some((tag) => tag.toLowerCase().includes(needle)) || i.id.includes(needle));
  }, [images, filter]);
  return (
    <section className="screen" aria-labelledby="images-title">
      <header className="screen-header">
        <h1 id="images-title">{t('images.title')}</h1>
        <input type="search" className="filter" aria-label={t('images.filter')} placeholder={t('images.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
        <span className="muted">{t('images.count', { count: shown.length })}</span>
        <button type="button" onClick={load}>{t('common.refresh')}</button>
        <button type="button" onClick={() => setPulling(true)}>{t('images.pullOpen')}</button>
        <button type="button" onClick={() => setBuilding(true)}>{t('images.build.open')}</button>
        <button type="button" onClick={() => setFileJob('load')}>{t('images.files.loadOpen')}</button>
        <button type="button" onClick={() => setFileJob('import')}>{t('images.files.importOpen')}</button>
        <button type="button" disabled={selected.size === 0} onClick={() => setFileJob('save')}>{t('images.files.saveOpen', { count: selected.size })}</button>
        <button type="button" onClick={() => setPruning(true)}>{t('images.prune.open')}</button>
        <button type="button" className="danger" disabled={selected.size === 0} onClick={() => setRemoving(images.filter((i) => selected.has(i.id)))}>{t('images.removeSelected', { count: selected.size })}</button>
      </header>
      {fileJob === 'save' && (
        <SaveImagesDialog images={images.filter((i) => selected.has(i.id)).map((i) => i.repoTags[0] ?? i.id)} onClose={() => setFileJob(null)} onDone={load} />
      )}
      {fileJob === 'load' && <LoadImagesDialog onClose={() => setFileJob(null)} onDone={load} />}
      {fileJob === 'import' && <ImportImageDialog onClose={() => setFileJob(null)} onDone={load} />}
      {building && <BuildDialog onClose={() => setBuilding(false)} onBuilt={load} />}
      {pruning && <PruneDialog onClose={() => setPruning(false)} onPruned={load} />}
      {pulling && <PullDialog onClose={() => setPulling(false)} onPulled={load} />}
      {removing && (
        <RemoveImagesDialog images={removing} onClose={() => setRemoving(null)}
          onRemoved={(ids) => { setSelected((set) => new Set([...set].filter((id) => !ids.includes(id)))); load(); }} />
      )}
      {tagging && <TagPushDialog {...tagging} onClose={() => setTagging(null)} onChanged={load} />}
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="table-scroll">
        <table className="grid" aria-label={t('images.title')}>
          <thead><tr><th scope="col"><span className="visually-hidden">{t('images.columns.select')}</span></th>{(['tag', 'id', 'created', 'size', 'containers', 'actions'] as const).map((c) => <th key={c} scope="col">{t(`images.columns.${c}`)}</th>)}</tr></thead>
          <tbody>
            {shown.map((i) => (
              <tr key={i.id}>
                <td>
                  <input type="checkbox" aria-label={t('images.select', { name: i.repoTags[0] ?? shortId(i.id) })} checked={selected.has(i.id)}
                    onChange={(e) => setSelected((set) => { const next = new Set(set); if (e.target.checked) next.add(i.id); else next.delete(i.id); return next; })} />
                </td>
                <td>{i.repoTags.join(', ') || t('images.untagged')}</td>
                <td><code>{shortId(i.id)}</code></td>
                <td>{formatAgo(i.created, i18n.language)}</td>
                <td>{formatBytes(i.size)}</td>
                <td>{i.containers}</td>
                <td className="row-actions">
                  {(['tag', 'push'] as const).map((mode) => (
                    <button key={mode} type="button" onClick={() => setTagging({ image: i, mode })}
                      aria-label={t(`images.${mode}Open`, { name: i.repoTags[0] ?? shortId(i.id) })}>{t(`images.${mode}Button`)}</button>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
