import '../files/files.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANGE_KINDS, type ChangeKind, type FileChange } from '../../../shared/containers';
import type { ErrorData } from '../../../shared/errors';
import { api } from '../../app/api-client';
import { useEngineId } from '../../app/route-store';
import { describeError, errorData } from '../../ui/api-error';
import { useVirtualRows } from '../../ui/use-virtual-rows';
import { VirtualBody } from '../../ui/VirtualBody';

const LETTER: Record<ChangeKind, string> = { added: 'A', changed: 'C', deleted: 'D' };

/** `docker diff`: what the container added, changed and deleted beside its image, filterable by kind and text. */
export function ChangesTab({ id }: { id: string }) {
  const { t } = useTranslation();
  const engine = useEngineId();
  const [version, setVersion] = useState(0);
  const [answer, setAnswer] = useState<{ key: string; changes?: FileChange[]; error?: ErrorData } | null>(null);
  const [kind, setKind] = useState<ChangeKind | ''>('');
  const [text, setText] = useState('');
  const key = `${engine}|${id}|${version}`;
  useEffect(() => {
    let live = true;
    api.containers.changes.query({ engine, id }).then((changes) => live && setAnswer({ key, changes }), (err: unknown) => live && setAnswer({ key, error: errorData(err) }));
    return () => { live = false; };
  }, [engine, id, key]);
  const current = answer?.key === key ? answer : null;
  const all = current?.changes ?? [];
  const shown = all.filter((c) => (!kind || c.kind === kind) && c.path.toLowerCase().includes(text.trim().toLowerCase()));
  const { scrollRef, items: rows, paddingTop, paddingBottom, rowHeight } = useVirtualRows(shown.length);
  return (
    <div className="changes-tab">
      <div className="file-toolbar">
        <input type="search" aria-label={t('changes.filter')} placeholder={t('changes.filter')} value={text} onChange={(e) => setText(e.target.value)} />
        <label>{t('changes.kind')}{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as ChangeKind | '')}>
            <option value="">{t('changes.all', { count: all.length })}</option>
            {CHANGE_KINDS.map((k) => <option key={k} value={k}>{t(`changes.kinds.${k}`, { count: all.filter((c) => c.kind === k).length })}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => setVersion((v) => v + 1)}>{t('common.refresh')}</button>
      </div>
      {current?.error && <p className="form-error" role="alert">{describeError(t, current.error)}</p>}
      {current?.changes && !all.length && <p className="muted">{t('changes.none')}</p>}
      <div className="table-scroll file-scroll" ref={scrollRef}>
        <table className="grid changes-table" aria-label={t('changes.table')}>
          <thead><tr><th scope="col">{t('changes.kind')}</th><th scope="col">{t('changes.path')}</th></tr></thead>
          <VirtualBody paddingTop={paddingTop} paddingBottom={paddingBottom}>
            {rows.map((row) => {
              const c = shown[row.index]!;
              return (
                <tr key={c.path} style={{ height: rowHeight }} className={`change-${c.kind}`}>
                  <td><abbr title={t(`changes.kinds.${c.kind}`, { count: 1 })}>{LETTER[c.kind]}</abbr></td>
                  <td className="ellipsis"><code>{c.path}</code></td>
                </tr>
              );
            })}
          </VirtualBody>
        </table>
      </div>
    </div>
  );
}
