import { useEffect, useMemo, useState } from 'react';
import type { ErrorData } from '../../shared/errors';
import type { InitialState } from '../../shared/initial-state';
import { errorData } from '../ui/api-error';
import { engineKeyed, oncePerEngine, useEngineKeyed } from './engine-keyed';
import { initialState } from './initial-state';
import { useEngineId } from './route-store';

export interface EngineList<T> { items: T[]; loaded: boolean; error: ErrorData | null }

interface Source<T> {
  /** Main's live list of one engine: every change sends the whole list again. */
  watch(engine: string, handlers: { onData(items: T[]): void; onError(err: unknown): void }): void;
  /** The list now (Refresh). */
  list(engine: string): Promise<T[]>;
  /** This list in the state the page came with (the web host's engine), when main held it. */
  initial(state: InitialState): T[] | null;
}

/**
 * A live list of engine objects kept per engine in the page (volumes, networks): followed from main on first use (the
 * list the page came with shown meanwhile), shown at once when switching back to an engine, a failure shown over the
 * last list. A list equal to the one shown (the page's own, then the subscription's first) does not render again.
 */
export function engineList<T>(source: Source<T>) {
  const lists = engineKeyed<EngineList<T>>({ items: [], loaded: false, error: null });
  const show = (engine: string, items: T[]) => {
    const shown = lists.get(engine);
    if (!shown.loaded || shown.error || JSON.stringify(items) !== JSON.stringify(shown.items)) lists.update(engine, () => ({ items, loaded: true, error: null }));
  };
  const failed = (engine: string, err: unknown) => lists.update(engine, (list) => ({ ...list, error: errorData(err) }));
  return {
    useList: (): EngineList<T> => useEngineKeyed(lists, (list) => list),
    follow: oncePerEngine((engine, retry) => {
      const initial = initialState();
      const items = initial?.engine === engine ? source.initial(initial) : null;
      if (items) show(engine, items);
      source.watch(engine, {
        onData: (items) => show(engine, items),
        onError: (err) => {
          retry();
          failed(engine, err);
        },
      });
    }),
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
