import { Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTHING } from '../../../shared/prune-kinds';
import { describeError } from '../../ui/api-error';
import { lazyComponent } from '../../ui/lazy-component';
import { LazyMoreMenu } from '../../ui/lazy-menus';
import { filterRows, imageRows, type ImageRow } from './image-rows';
import { ImageTable } from './ImageTable';
import { followImages, loadImages, useImages } from './images-store';
import { useEngineId } from '../../app/route-store';

// The dialogs bring zod schemas and parsers: loaded on first use, so the list paints without waiting for them.
const BuildDialog = lazyComponent(() => import('./BuildDialog').then((m) => m.BuildDialog));
const ImportImageDialog = lazyComponent(() => import('./image-file-dialogs').then((m) => m.ImportImageDialog));
const LoadImagesDialog = lazyComponent(() => import('./image-file-dialogs').then((m) => m.LoadImagesDialog));
const SaveImagesDialog = lazyComponent(() => import('./image-file-dialogs').then((m) => m.SaveImagesDialog));
const PruneDialog = lazyComponent(() => import('../system/PruneDialog').then((m) => m.PruneDialog));
const PullDialog = lazyComponent(() => import('./PullDialog').then((m) => m.PullDialog));
const RemoveImagesDialog = lazyComponent(() => import('./RemoveImagesDialog').then((m) => m.RemoveImagesDialog));
const TagPushDialog = lazyComponent(() => import('./TagPushDialog').then((m) => m.TagPushDialog));

type Open = { kind: 'pull' | 'build' | 'prune' | 'load' | 'import' } | { kind: 'save' | 'remove'; refs: string[] } | { kind: 'tag' | 'push'; row: ImageRow };

/** Local images, one row per tag (the run dialog's typeahead draws on the same call). */
export function ImagesScreen() {
  const { t } = useTranslation();
  const { images, error } = useImages();
  const [filter, setFilter] = useState('');
  const [danglingOnly, setDanglingOnly] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  /** The open dialog; save and remove keep the list they were opened for while the table reloads. */
  const [open, setOpen] = useState<Open | null>(null);
  const engine = useEngineId();
  useEffect(() => followImages(engine), [engine]);
  const rows = useMemo(() => imageRows(images), [images]);
  const shown = useMemo(() => filterRows(rows, filter, danglingOnly), [rows, filter, danglingOnly]);
  const select = (keys: string[], on: boolean) =>
    setSelected((set) => (on ? new Set([...set, ...keys]) : new Set([...set].filter((k) => !keys.includes(k)))));
  const close = () => setOpen(null);
  const selectedRefs = [...selected];
  return (
    <section className="screen" aria-labelledby="images-title">
      <header className="screen-header">
        <h1 id="images-title">{t('images.title')}</h1>
        <input type="search" className="filter" aria-label={t('images.filter')} placeholder={t('images.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
        <label className="check"><input type="checkbox" checked={danglingOnly} onChange={(e) => setDanglingOnly(e.target.checked)} />{t('images.danglingOnly')}</label>
        <span className="muted">{t('images.count', { count: shown.length })}</span>
        <div className="header-end">
          {selected.size > 0 && <button type="button" className="danger" onClick={() => setOpen({ kind: 'remove', refs: selectedRefs })}>{t('images.removeSelected', { count: selected.size })}</button>}
          <button type="button" onClick={() => setOpen({ kind: 'build' })}>{t('images.build.open')}</button>
          <button type="button" className="primary" onClick={() => setOpen({ kind: 'pull' })}>{t('images.pullOpen')}</button>
          <LazyMoreMenu actions={[
            { label: t('images.files.loadOpen'), onSelect: () => setOpen({ kind: 'load' }) },
            { label: t('images.files.importOpen'), onSelect: () => setOpen({ kind: 'import' }) },
            { label: t('images.files.saveOpen', { count: selected.size }), disabled: !selected.size, onSelect: () => setOpen({ kind: 'save', refs: selectedRefs }) },
            { label: t('images.prune.open'), onSelect: () => setOpen({ kind: 'prune' }) },
            { label: t('common.refresh'), onSelect: () => loadImages(engine) },
          ]} />
        </div>
      </header>
      <Suspense>
        {open?.kind === 'pull' && <PullDialog onClose={close} />}
        {open?.kind === 'build' && <BuildDialog onClose={close} />}
        {open?.kind === 'prune' && <PruneDialog title={t('images.prune.title')} kinds={['images']} initial={{ ...NOTHING, images: 'dangling' }} onClose={close} />}
        {open?.kind === 'load' && <LoadImagesDialog onClose={close} />}
        {open?.kind === 'import' && <ImportImageDialog onClose={close} />}
        {open?.kind === 'save' && <SaveImagesDialog images={open.refs} onClose={close} />}
        {open?.kind === 'remove' && (
          <RemoveImagesDialog refs={open.refs} onClose={close} onRemoved={(refs) => select(refs, false)} />
        )}
        {(open?.kind === 'tag' || open?.kind === 'push') && (
          <TagPushDialog image={{ id: open.row.id, repoTags: open.row.dangling ? [] : [open.row.key] }} mode={open.kind} onClose={close} />
        )}
      </Suspense>
      {error && <p className="form-error" role="alert">{describeError(t, error)}</p>}
      {images.length === 0 && !error && (
        <div className="empty-state"><p>{t('images.empty')}</p><button type="button" className="primary" onClick={() => setOpen({ kind: 'pull' })}>{t('images.pullOpen')}</button></div>
      )}
      <ImageTable rows={shown} selected={selected} onSelect={select} onTagPush={(row, mode) => setOpen({ kind: mode, row })}
        onRemove={(row) => setOpen({ kind: 'remove', refs: [row.key] })} />
    </section>
  );
}
