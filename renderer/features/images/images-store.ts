import { create } from 'zustand';
import type { ErrorData } from '../../../shared/errors';
import type { ImageSummary } from '../../../shared/images';
import { api } from '../../app/api-client';
import { initialState } from '../../app/initial-state';
import { useEngineId } from '../../app/route-store';
import { errorData } from '../../ui/api-error';

interface EngineImages { images: ImageSummary[]; error: ErrorData | null }
const EMPTY: EngineImages = { images: [], error: null };

/** Each engine's image list, kept for every engine followed. */
export const useImageLists = create<{ engines: Record<string, EngineImages> }>(() => ({ engines: {} }));

/** The images of the engine the page shows. */
export function useImages(): EngineImages {
  const engine = useEngineId();
  return useImageLists((s) => s.engines[engine] ?? EMPTY);
}

const set = (engine: string, list: EngineImages): void => useImageLists.setState((s) => ({ engines: { ...s.engines, [engine]: list } }));

/** A list equal to the one shown (the page's own, then the subscription's first) does not render the table again. */
function show(engine: string, images: ImageSummary[]): void {
  const shown = useImageLists.getState().engines[engine];
  if (!shown || shown.error || JSON.stringify(images) !== JSON.stringify(shown.images)) set(engine, { images, error: null });
}

const following = new Set<string>();

/**
 * Follows an engine's live image list from main (sent again whenever the engine's events say it changed). Started on
 * first use: at start-up when the app opens on an images route, so the list is on its way while the screen's code
 * loads. The list the page came with (web host, its engine) is shown until then.
 */
export function followImages(engine: string): void {
  if (following.has(engine)) return;
  following.add(engine);
  const initial = initialState();
  if (initial?.engine === engine && initial.images) show(engine, initial.images);
  api.images.watch.subscribe({ engine }, {
    onData: (images) => show(engine, images),
    onError: (err) => {
      following.delete(engine);
      set(engine, { images: useImageLists.getState().engines[engine]?.images ?? [], error: errorData(err) });
    },
  });
}

/** Asks for the list now (Refresh). Changes, made here or elsewhere, arrive through followImages. */
export function loadImages(engine: string): void {
  api.images.list.query({ engine }).then(
    (images) => show(engine, images),
    (err) => set(engine, { images: useImageLists.getState().engines[engine]?.images ?? [], error: errorData(err) }),
  );
}
