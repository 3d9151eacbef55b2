import './files.css';
import { Suspense, useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorData } from '../../../shared/errors';
import { childOf, innerPathProblem, normalInnerPath, parentOf, type FileEntry, type FileTarget, type FolderListing } from '../../../shared/files';
import { api } from '../../app/api-client';
import { useEngineId } from '../../app/route-store';
import { describeError, errorData } from '../../ui/api-error';
import { formatBytes, formatDateTime } from '../../ui/format';
import { lazyComponent } from '../../ui/lazy-component';
import { Skeleton } from '../../ui/Skeleton';
import { tableKeyHandler } from '../../ui/use-table-keys';
import { useVirtualRows } from '../../ui/use-virtual-rows';
import { VirtualBody } from '../../ui/VirtualBody';
import { modeString } from './file-mode';

const UploadDialog = lazyComponent(() => import('./file-dialogs').then((m) => m.UploadDialog));
const DownloadDialog = lazyComponent(() => import('./file-dialogs').then((m) => m.DownloadDialog));
const NameDialog = lazyComponent(() => import('./file-dialogs').then((m) => m.NameDialog));
const RemoveDialog = lazyComponent(() => import('../../ui/RemoveDialog').then((m) => m.RemoveDialog));

type Open = { kind: 'upload' | 'newFolder' } | { kind: 'download' | 'rename'; entry: FileEntry } | { kind: 'delete'; names: string[] };

/** The folder shown, loaded again whenever `version` moves (a change made here, or Refresh). */
function useListing(engine: string, target: FileTarget, path: string, version: number) {
  const key = `${engine}|${JSON.stringify(target)}|${path}|${version}`;
  const [answer, setAnswer] = useState<{ key: string; listing?: FolderListing; error?: ErrorData } | null>(null);
  useEffect(() => {
    let live = true;
    api.files.list.query({ engine, target, path }).then(
      (listing) => live && setAnswer({ key, listing }),
      (err: unknown) => live && setAnswer({ key, error: errorData(err) }),
    );
    return () => { live = false; };
  }, [engine, target, path, key]);
  return answer?.key === key ? answer : null;
}

/** Whether this target's files can be deleted and renamed (a stopped container's cannot), and why not. */
function useAbilities(engine: string, target: FileTarget) {
  const [change, setChange] = useState<{ key: string; reason: string | null } | null>(null);
  const key = `${engine}|${JSON.stringify(target)}`;
  useEffect(() => {
    let live = true;
    api.files.abilities.query({ engine, target }).then((a) => live && setChange({ key, reason: a.change }), () => undefined);
    return () => { live = false; };
  }, [engine, target, key]);
  return change?.key === key ? change.reason : null;
}

function Breadcrumbs({ path, go }: { path: string; go(path: string): void }) {
  const { t } = useTranslation();
  const parts = path.split('/').filter(Boolean);
  return (
    <nav aria-label={t('files.location')} className="file-crumbs">
      <button type="button" className="link-button" onClick={() => go('/')} aria-current={parts.length === 0 ? 'location' : undefined}>/</button>
      {parts.map((part, i) => {
        const to = `/${parts.slice(0, i + 1).join('/')}`;
        return <span key={to}><span aria-hidden="true"> / </span><button type="button" className="link-button" onClick={() => go(to)} aria-current={i === parts.length - 1 ? 'location' : undefined}>{part}</button></span>;
      })}
    </nav>
  );
}

/** "Go to": a typed path, refused at the field when it is not absolute or climbs out with `..`. */
function GoTo({ go }: { go(path: string): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    const found = innerPathProblem(text.trim());
    setProblem(found);
    if (!found) go(normalInnerPath(text.trim()));
  };
  return (
    <form className="file-goto" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <input aria-label={t('files.goTo')} placeholder={t('files.goTo')} value={text} spellCheck={false} aria-invalid={problem !== null}
        aria-describedby={problem ? 'file-goto-error' : undefined} onChange={(e) => { setText(e.target.value); setProblem(null); }} />
      <button type="submit">{t('files.go')}</button>
      {problem && <span id="file-goto-error" className="form-error" role="alert">{t(problem)}</span>}
    </form>
  );
}

/**
 * A container's or a volume's files: walk the folders, select, download, upload, make a folder, rename, delete. Keys:
 * arrows move, Enter opens a folder, Backspace goes up, Space selects, Delete deletes, F2 renames.
 */
export function FileBrowser({ target, label }: { target: FileTarget; label: string }) {
  const { t, i18n } = useTranslation();
  const engine = useEngineId();
  const [path, setPath] = useState('/');
  const [version, setVersion] = useState(0);
  const [picked, setPicked] = useState<{ path: string; names: Set<string> }>({ path: '/', names: new Set() });
  const [open, setOpen] = useState<Open | null>(null);
  const answer = useListing(engine, target, path, version);
  const cannotChange = useAbilities(engine, target);
  const entries = answer?.listing?.entries ?? [];
  const selected = picked.path === path ? picked.names : new Set<string>();
  const chosen = entries.filter((e) => selected.has(e.name));
  const { scrollRef, items: rows, paddingTop, paddingBottom, rowHeight, reveal } = useVirtualRows(entries.length);

  const go = (to: string) => setPath(to);
  const reload = () => setVersion((v) => v + 1);
  // After a change the folder is read again; a download changes nothing, and reading a folder is the engine archiving all
  // of it (a stopped container's root: its whole filesystem).
  const close = () => { setOpen(null); reload(); };
  const toggle = (name: string) => setPicked(() => {
    const names = new Set(selected);
    if (names.has(name)) names.delete(name); else names.add(name);
    return { path, names };
  });
  const enter = (entry: FileEntry) => (entry.kind === 'folder' ? go(childOf(path, entry.name)) : setOpen({ kind: 'download', entry }));
  const one = chosen.length === 1 ? chosen[0]! : null;
  const canChange = cannotChange === null;

  const rowKeys = tableKeyHandler({
    count: entries.length, reveal, toggle: (i) => toggle(entries[i]!.name),
    remove: (i) => canChange && setOpen({ kind: 'delete', names: selected.size ? [...selected] : [entries[i]!.name] }),
  });
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
    const entry = row ? entries[Number(row.dataset.index)] : undefined;
    if (event.key === 'Backspace' && path !== '/') {
      event.preventDefault();
      go(parentOf(path));
    } else if (event.key === 'F2' && entry && canChange) {
      event.preventDefault();
      setOpen({ kind: 'rename', entry });
    } else rowKeys(event);
  };

  return (
    <div className="file-browser">
      <div className="file-toolbar" role="toolbar" aria-label={t('files.toolbar', { name: label })}>
        <button type="button" disabled={path === '/'} onClick={() => go(parentOf(path))}>{t('files.up')}</button>
        <Breadcrumbs path={path} go={go} />
        <GoTo go={go} />
        <span className="header-end">
          <button type="button" onClick={reload}>{t('common.refresh')}</button>
          <button type="button" onClick={() => setOpen({ kind: 'newFolder' })}>{t('files.newFolder')}</button>
          <button type="button" onClick={() => setOpen({ kind: 'upload' })}>{t('files.upload')}</button>
          <button type="button" disabled={!one} onClick={() => one && setOpen({ kind: 'download', entry: one })}>{t('files.download')}</button>
          <button type="button" disabled={!one || !canChange} onClick={() => one && setOpen({ kind: 'rename', entry: one })}>{t('files.rename')}</button>
          <button type="button" className="danger" disabled={!chosen.length || !canChange} onClick={() => setOpen({ kind: 'delete', names: chosen.map((e) => e.name) })}>
            {t('files.delete', { count: chosen.length })}
          </button>
        </span>
      </div>
      {cannotChange && <p className="muted">{t(cannotChange)}</p>}
      {answer?.error && <p className="form-error" role="alert">{describeError(t, answer.error)}</p>}
      {answer?.listing?.truncated && <p className="muted">{t('files.truncated')}</p>}
      {!answer && <Skeleton lines={4} />}
      {answer?.listing && !entries.length && <p className="muted">{t('files.empty')}</p>}
      <div className="table-scroll file-scroll" ref={scrollRef}>
        <table className="grid files-table" aria-label={t('files.tableLabel', { path })}>
          <thead>
            <tr>
              <th scope="col"><span className="visually-hidden">{t('files.columns.select')}</span></th>
              {(['name', 'size', 'mode', 'owner', 'modified'] as const).map((c) => <th key={c} scope="col">{t(`files.columns.${c}`)}</th>)}
            </tr>
          </thead>
          <VirtualBody paddingTop={paddingTop} paddingBottom={paddingBottom} onKeyDown={onKeyDown}>
            {rows.map((row) => {
              const e = entries[row.index]!;
              return (
                <tr key={e.name} data-index={row.index} aria-selected={selected.has(e.name)} style={{ height: rowHeight }}>
                  <td><input type="checkbox" aria-label={t('files.select', { name: e.name })} checked={selected.has(e.name)} onChange={() => toggle(e.name)} /></td>
                  <td className="ellipsis" title={e.link ? `${e.name} → ${e.link}` : e.name}>
                    <button type="button" className={`link-button file-${e.kind}`} data-primary onClick={() => enter(e)}
                      aria-label={e.kind === 'folder' ? t('files.openFolder', { name: e.name }) : t('files.downloadNamed', { name: e.name })}>
                      {e.name}{e.kind === 'folder' ? '/' : ''}
                    </button>
                    {e.link && <span className="muted"> → {e.link}</span>}
                  </td>
                  <td>{e.kind === 'link' ? '' : formatBytes(e.size)}</td>
                  <td><code>{modeString(e.kind, e.mode)}</code></td>
                  <td>{e.uid}:{e.gid}</td>
                  <td>{e.modified ? formatDateTime(e.modified, i18n.language) : ''}</td>
                </tr>
              );
            })}
          </VirtualBody>
        </table>
      </div>
      <Suspense>
        {open?.kind === 'upload' && <UploadDialog target={target} folder={path} onClose={close} />}
        {open?.kind === 'download' && <DownloadDialog target={target} path={childOf(path, open.entry.name)} kind={open.entry.kind} onClose={() => setOpen(null)} />}
        {open?.kind === 'newFolder' && (
          <NameDialog title={t('files.newFolderTitle', { folder: path })} submitLabel={t('files.create')} initial="" onClose={close}
            save={(name) => api.files.makeFolder.mutate({ engine, target, folder: path, name })} />
        )}
        {open?.kind === 'rename' && (
          <NameDialog title={t('files.renameTitle', { name: open.entry.name })} submitLabel={t('files.rename')} initial={open.entry.name} onClose={close}
            save={(name) => api.files.rename.mutate({ engine, target, path: childOf(path, open.entry.name), name })} />
        )}
        {open?.kind === 'delete' && (
          <RemoveDialog title={t('files.deleteTitle', { count: open.names.length })} text={open.names.map((n) => childOf(path, n)).join('\n')}
            done={t('files.deleted', { count: open.names.length })} onClose={close}
            remove={() => api.files.delete.mutate({ engine, target, paths: open.names.map((n) => childOf(path, n)) })} />
        )}
      </Suspense>
    </div>
  );
}
