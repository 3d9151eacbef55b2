import './logs.css';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogExportQuery } from '../../../shared/logs';
import { logExportHref } from '../../app/api-client';
import { describeError } from '../../ui/api-error';
import { LogLineText } from './LogLineText';
import { type LogRange, useLogFollow } from './use-log-follow';
import { LOG_CAPACITIES, usePrefs } from '../../app/prefs-store';
import { currentEngine } from '../../app/route-store';
import { useLogMatches } from './use-log-matches';
import { clearedAt, rememberCleared } from './log-prefs';
import type { ViewLine } from './log-ring';

const TAILS = [100, 1000, 10_000, 100_000, 'all'] as const;
const ROW = 18;
/** What one view may be raised to, past the setting's choices, for a long read-back (about 35 MB per 100,000 lines). */
const VIEW_CAPACITIES = [...LOG_CAPACITIES, 1_000_000];

/** datetime-local value → RFC 3339 (UTC) for the engine; '' → unset. */
const toTimestamp = (local: string): string | undefined => (local ? new Date(local).toISOString() : undefined);

export interface LogSource { id: string; name: string }
interface LogViewProps {
  /** One container, or the containers of a compose project (merged, each line prefixed with its container). */
  sources: LogSource[];
  /** The container's or the project's name. */
  name: string;
  /** Where "Clear" is remembered and what "Open in window" opens. */
  clearKey: string;
  popOutHash?: string;
  standalone?: boolean;
}

/** A log: tail first, then follow; search, filter, timestamps, clear, export, pop-out. */
export function LogView({ sources, name, clearKey, popOutHash, standalone }: LogViewProps) {
  const { t } = useTranslation();
  const [tail, setTail] = useState<(typeof TAILS)[number]>(1000);
  const [since, setSince] = useState('');
  const [until, setUntil] = useState('');
  const [timestamps, setTimestamps] = useState(false);
  const [filter, setFilter] = useState('');
  const [regex, setRegex] = useState(false);
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [onlyMatching, setOnlyMatching] = useState(false);
  const [current, setCurrent] = useState(0);
  const [following, setFollowing] = useState(true);
  const [cleared, setCleared] = useState(() => clearedAt(clearKey));
  const [hiddenSources, setHiddenSources] = useState<ReadonlySet<number>>(new Set());
  const ids = useMemo(() => sources.map((s) => s.id), [sources]);
  const merged = sources.length > 1;
  const range: LogRange = useMemo(() => ({
    tail, follow: !until, since: toTimestamp(since) ?? cleared, until: toTimestamp(until),
  }), [tail, since, until, cleared]);
  const setting = usePrefs((p) => p.logCapacity);
  // "Keep more" raises the ring for this view only; the setting stays what the user chose for every view.
  const [raised, setRaised] = useState<number | null>(null);
  const capacity = Math.max(setting, raised ?? 0);
  const more = VIEW_CAPACITIES.find((n) => n > capacity);
  const { ring, version, error, received } = useLogFollow(ids, range, capacity, cleared);
  const search = useMemo(() => ({ filter, regex, caseSensitive }), [filter, regex, caseSensitive]);
  const { matches, invalid } = useLogMatches(ring, search, version);
  const [pausedAt, setPausedAt] = useState<number | null>(null);

  // Rows as absolute line numbers when a filter narrows the view; otherwise row n is line n of the ring.
  const narrowed = useMemo(() => {
    if (!(onlyMatching && filter) && hiddenSources.size === 0) return null;
    const candidates = onlyMatching && filter ? matches : Array.from({ length: ring.length }, (_, i) => ring.dropped + i);
    return hiddenSources.size ? candidates.filter((abs) => !hiddenSources.has(ring.at(abs - ring.dropped).source ?? -1)) : candidates;
  }, [onlyMatching, filter, matches, hiddenSources, ring, version]); // eslint-disable-line react-hooks/exhaustive-deps -- version: the ring changed
  const rows = narrowed ? narrowed.length : ring.length;
  const absAt = (row: number): number => (narrowed ? narrowed[row]! : ring.dropped + row);
  const lineAt = (row: number): ViewLine => ring.at(absAt(row) - ring.dropped);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({ count: rows, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 20 });

  // Following: to the bottom with one scroll write. Rows have a fixed height, so the total is known without measuring;
  // the virtualizer's scrollToIndex would read the layout back and re-check it every frame while lines pour in.
  useLayoutEffect(() => {
    if (following && rows > 0) scroller.current!.scrollTop = virtualizer.getTotalSize();
  }, [following, rows, version, virtualizer]);

  useEffect(() => setCurrent(0), [search]);
  const jumpTo = (index: number) => {
    if (!matches.length) return;
    const next = (index + matches.length) % matches.length;
    setCurrent(next);
    setFollowing(false);
    const abs = matches[next]!;
    const row = narrowed ? narrowed.indexOf(abs) : abs - ring.dropped;
    if (row >= 0) virtualizer.scrollToIndex(row, { align: 'center' });
  };
  const onScroll = () => {
    const el = scroller.current!;
    const atBottom = el.scrollTop + el.clientHeight >= el.scrollHeight - ROW;
    if (atBottom !== following) {
      setFollowing(atBottom);
      setPausedAt(atBottom ? null : received);
    }
  };
  const newLines = !following && pausedAt !== null ? received - pausedAt : 0;
  const clear = () => {
    const last = ring.length ? ring.at(ring.length - 1) : null;
    const ts = last?.ts ?? new Date().toISOString();
    rememberCleared(clearKey, ts);
    setCleared(ts);
  };
  const exportQuery: LogExportQuery = { engine: currentEngine(), id: ids[0]!, tail, since: range.since, until: range.until, timestamps, filter: onlyMatching ? filter : '', regex, caseSensitive };
  const exportHref = logExportHref(exportQuery);
  const popOut = () => window.open(`${window.location.pathname}${window.location.search}${popOutHash}`, `berth-${popOutHash}`, 'noopener');
  const currentAbs = matches[current];

  return (
    <section className={standalone ? 'log-view log-standalone' : 'log-view'} aria-label={t('logs.title', { name })}>
      <div className="log-toolbar">
        <label>{t('logs.tail')}
          <select value={String(tail)} onChange={(e) => setTail(e.target.value === 'all' ? 'all' : (Number(e.target.value) as (typeof TAILS)[number]))}>
            {TAILS.map((n) => (
              <option key={n} value={String(n)}>
                {n === 'all' ? t('logs.tailAll', { kept: capacity.toLocaleString() })
                  : n > capacity ? t('logs.tailCapped', { lines: n.toLocaleString(), kept: capacity.toLocaleString() }) : n.toLocaleString()}
              </option>
            ))}
          </select>
        </label>
        <label>{t('logs.since')}<input type="datetime-local" step="1" value={since} onChange={(e) => setSince(e.target.value)} /></label>
        <label>{t('logs.until')}<input type="datetime-local" step="1" value={until} onChange={(e) => setUntil(e.target.value)} /></label>
        <label className="check"><input type="checkbox" checked={timestamps} onChange={(e) => setTimestamps(e.target.checked)} />{t('logs.timestamps')}</label>
        <button type="button" onClick={clear}>{t('logs.clear')}</button>
        {cleared && <button type="button" onClick={() => { rememberCleared(clearKey, undefined); setCleared(undefined); }}>{t('logs.unclear')}</button>}
        {!merged && <a className="button" href={exportHref} download>{onlyMatching && filter ? t('logs.exportMatching') : t('logs.export')}</a>}
        {!standalone && popOutHash && <button type="button" onClick={popOut}>{t('logs.popOut')}</button>}
      </div>
      {merged && (
        <fieldset className="log-sources">
          <legend>{t('logs.containers')}</legend>
          {sources.map((source, i) => (
            <label key={source.id} className={`check log-src src-${i % 8}`}>
              <input type="checkbox" checked={!hiddenSources.has(i)}
                onChange={(e) => setHiddenSources((set) => { const next = new Set(set); if (e.target.checked) next.delete(i); else next.add(i); return next; })} />
              {source.name}
            </label>
          ))}
        </fieldset>
      )}
      <div className="log-toolbar" role="search">
        <input type="search" aria-label={t('logs.search')} placeholder={t('logs.search')} value={filter} spellCheck={false}
          aria-invalid={invalid || undefined} onChange={(e) => setFilter(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') jumpTo(current + (e.shiftKey ? -1 : 1)); }} />
        <label className="check"><input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} />{t('logs.matchCase')}</label>
        <label className="check"><input type="checkbox" checked={regex} onChange={(e) => setRegex(e.target.checked)} />{t('logs.regex')}</label>
        <label className="check"><input type="checkbox" checked={onlyMatching} onChange={(e) => setOnlyMatching(e.target.checked)} />{t('logs.onlyMatching')}</label>
        <button type="button" disabled={!matches.length} onClick={() => jumpTo(current - 1)}>{t('logs.previous')}</button>
        <button type="button" disabled={!matches.length} onClick={() => jumpTo(current + 1)}>{t('logs.next')}</button>
        <span role="status" className={invalid ? 'field-error' : 'muted'}>
          {invalid ? t('logs.badRegex') : filter ? t('logs.matches', { count: matches.length, current: matches.length ? current + 1 : 0 }) : ''}
        </span>
      </div>
      {error && <p className="form-error" role="alert">{describeError(t, error)}</p>}
      <div ref={scroller} className={timestamps ? 'log-lines with-ts' : 'log-lines'} role="log" aria-label={t('logs.lines', { name })} onScroll={onScroll}
        onCopy={(e) => { e.clipboardData.setData('text/plain', window.getSelection()?.toString() ?? ''); e.preventDefault(); }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const line = lineAt(item.index);
            const abs = absAt(item.index);
            const source = merged && line.source !== undefined ? sources[line.source] : undefined;
            return (
              <div key={item.key} className={line.kind === 'marker' ? 'log-marker' : line.stream === 'stderr' ? 'log-row log-stderr' : 'log-row'}
                data-current={abs === currentAbs || undefined} style={{ transform: `translateY(${item.start}px)` }}>
                {line.kind === 'marker'
                  ? `${source ? `${source.name}: ` : ''}${t(`logs.markers.${line.marker}`, { time: new Date(line.ts).toLocaleTimeString() })}`
                  : <>
                    {timestamps && <span className="log-ts">{line.ts} </span>}
                    {source && <span className={`log-src src-${line.source! % 8}`}>{source.name} │ </span>}
                    <LogLineText text={line.text} search={search} />
                  </>}
              </div>
            );
          })}
        </div>
      </div>
      {!following && (
        <button type="button" className="jump-latest primary" onClick={() => { setFollowing(true); setPausedAt(null); }}>
          {t('logs.jumpToLatest', { count: newLines })}
        </button>
      )}
      <p className="muted log-foot">
        {t('logs.shown', { count: ring.length, dropped: ring.dropped })}
        {ring.dropped > 0 && more && (
          <> <button type="button" onClick={() => setRaised(more)}>{t('logs.keepMore', { kept: more.toLocaleString() })}</button></>
        )}
      </p>
    </section>
  );
}
