import { useEffect, useMemo, useState } from 'react';
import type { ErrorData } from '../../shared/errors';
import { errorData } from '../ui/api-error';
import { engineKeyed, oncePerEngine, useEngineKeyed } from './engine-keyed';
import { useEngineId } from './route-store';

export interface EngineList<T> { items: T[]; loaded: boolean; error: ErrorData | null }

interface Source<T> {
  /** Main's live list of one engine: every change sends the whole list again. */
  watch(engine: string, handlers: { onData(items: T[]): void; onError(err: unknown): void }): void;
  /** The list now (Refresh). */
  list(engine: string): Promise<T[]>;
}

/**
 * A live list of engine objects kept per engine in the page (volumes, networks): followed from main on first use,
 * shown at once when switching back to an engine, a failure shown over the last list.
 */
export function engineList<T>(source: Source<T>) {
  const lists = engineKeyed<EngineList<T>>({ items: [], loaded: false, error: null });
  const show = (engine: string, items: T[]) => lists.update(engine, () => ({ items, loaded: true, error: null }));
  const failed = (engine: string, err: unknown) => lists.update(engine, (list) => ({ ...list, error: errorData(err) }));
  return {
    useList: (): EngineList<T> => useEngineKeyed(lists, (list) => list),
    follow: oncePerEngine((engine, retry) => source.watch(engine, {
      onData: (items) => show(engine, items),
      onError: (err) => {
        retry();
        failed(engine, err);
      },
    })),
    refresh: (engine: string): void => void source.list(engine).then((items) => show(engine, items), (err) => failed(engine, err)),
  };
}

type EngineListStore<T> = ReturnType<typeof engineList<T>>;

/** An object screen's list: the page's engine's, followed while shown, with the filter typed and the rows it leaves. */
export function useFilteredList<T>(store: EngineListStore<T>, filter: (items: T[], query: string) => T[]) {
  const engine = useEngineId();
  const { items, loaded, error } = store.useList();
  const [query, setQuery] = useState('');
  useEffect(() => store.follow(engine), [store, engine]);
  const shown = useMemo(() => filter(items, query), [filter, items, query]);
  return { engine, items, loaded, error, query, setQuery, shown };
}
