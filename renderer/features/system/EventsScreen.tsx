import './system.css';
import { Pause, Play } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventRecord } from '../../../shared/system';
import { api } from '../../app/api-client';
import { useEngineId } from '../../app/route-store';
import { useVirtualRows } from '../../ui/use-virtual-rows';
import { VirtualBody } from '../../ui/VirtualBody';

/** The screen keeps this many (newest first): an engine busy for hours does not grow the page. */
const KEEP = 2000;
const TYPES = ['container', 'image', 'volume', 'network', 'daemon', 'plugin', 'service', 'node', 'secret', 'config'];

const actorName = (e: EventRecord): string => e.attributes.name ?? e.attributes.image ?? e.id.slice(0, 12);
const attributes = (e: EventRecord): string => Object.entries(e.attributes).map(([k, v]) => `${k}=${v}`).join(' ');

/** Every event the engine sends from now on: filter by type, action or name; pause; export as JSON lines. */
export function EventsScreen() {
  const { t } = useTranslation();
  const engine = useEngineId();
  const [events, setEvents] = useState<{ engine: string; list: EventRecord[] }>({ engine, list: [] });
  const [paused, setPaused] = useState(false);
  const [type, setType] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    if (paused) return undefined;
    const subscription = api.system.events.subscribe({ engine }, {
      onData: (batch) => setEvents((s) => ({ engine, list: [...batch.slice().reverse(), ...(s.engine === engine ? s.list : [])].slice(0, KEEP) })),
    });
    return () => subscription.unsubscribe();
  }, [engine, paused]);
  const shown = useMemo(() => {
    const list = events.engine === engine ? events.list : [];
    const text = query.trim().toLowerCase();
    return list.filter((e) => (!type || e.type === type) && (!text || `${e.action} ${actorName(e)} ${e.id}`.toLowerCase().includes(text)));
  }, [events, engine, type, query]);
  const { scrollRef, items: rows, paddingTop, paddingBottom, rowHeight } = useVirtualRows(shown.length);
  const exportLines = () => {
    const url = URL.createObjectURL(new Blob(shown.map((e) => `${JSON.stringify(e)}\n`), { type: 'application/x-ndjson' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `berth-events-${engine}.jsonl` });
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section className="screen" aria-labelledby="events-title">
      <header className="screen-header">
        <h1 id="events-title">{t('nav.events')}</h1>
        <input type="search" className="filter" aria-label={t('events.filter')} placeholder={t('events.filter')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <select aria-label={t('events.type')} value={type} onChange={(e) => setType(e.target.value)}>
          <option value="">{t('events.allTypes')}</option>
          {TYPES.map((ty) => <option key={ty} value={ty}>{ty}</option>)}
        </select>
        <span className="muted" role="status">{paused ? t('events.paused', { count: shown.length }) : t('events.count', { count: shown.length })}</span>
        <div className="header-end">
          <button type="button" aria-pressed={paused} onClick={() => setPaused((p) => !p)}>
            {paused ? <Play aria-hidden="true" /> : <Pause aria-hidden="true" />} {paused ? t('events.resume') : t('events.pause')}
          </button>
          <button type="button" onClick={() => setEvents({ engine, list: [] })}>{t('events.clear')}</button>
          <button type="button" disabled={!shown.length} onClick={exportLines}>{t('events.export')}</button>
        </div>
      </header>
      <p className="hint">{t('events.hint', { keep: KEEP })}</p>
      <div className="table-scroll" ref={scrollRef}>
        <table className="grid events-table" aria-label={t('nav.events')}>
          <thead>
            <tr>{(['time', 'type', 'action', 'actor', 'attributes'] as const).map((c) => <th key={c} scope="col">{t(`events.columns.${c}`)}</th>)}</tr>
          </thead>
          <VirtualBody paddingTop={paddingTop} paddingBottom={paddingBottom}>
            {rows.map((row) => {
              const e = shown[row.index]!;
              return (
                <tr key={row.index} style={{ height: rowHeight }}>
                  <td><time dateTime={new Date(e.time).toISOString()}>{new Date(e.time).toLocaleTimeString()}</time></td>
                  <td>{e.type}</td>
                  <td>{e.action}</td>
                  <td title={e.id}>{actorName(e)}</td>
                  <td title={attributes(e)}><code>{attributes(e)}</code></td>
                </tr>
              );
            })}
          </VirtualBody>
        </table>
      </div>
    </section>
  );
}
