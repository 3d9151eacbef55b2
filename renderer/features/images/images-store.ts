import type { ErrorData } from '../../../shared/errors';
import type { ImageSummary } from '../../../shared/images';
import { api } from '../../app/api-client';
import { engineKeyed, oncePerEngine, useEngineKeyed } from '../../app/engine-keyed';
import { initialState } from '../../app/initial-state';
import { errorData } from '../../ui/api-error';

interface EngineImages { images: ImageSummary[]; error: ErrorData | null }

/** Each engine's image list. */
const imageLists = engineKeyed<EngineImages>({ images: [], error: null });

/** The images of the engine the page shows. */
export const useImages = (): EngineImages => useEngineKeyed(imageLists, (list) => list);

/** A list equal to the one shown (the page's own, then the subscription's first) does not render the table again. */
function show(engine: string, images: ImageSummary[]): void {
  const shown = imageLists.get(engine);
  if (shown.error || JSON.stringify(images) !== JSON.stringify(shown.images)) imageLists.update(engine, () => ({ images, error: null }));
}

/** A failure is shown over the last list. */
const failed = (engine: string, err: unknown): void => imageLists.update(engine, (list) => ({ ...list, error: errorData(err) }));

/**
 * Follows an engine's live image list from main (sent again whenever the engine's events say it changed). Started on
 * first use: at start-up when the app opens on an images route, so the list is on its way while the screen's code
 * loads. The list the page came with (web host, its engine) is shown until then.
 */
export const followImages = oncePerEngine((engine, retry) => {
  const initial = initialState();
  if (initial?.engine === engine && initial.images) show(engine, initial.images);
  api.images.watch.subscribe({ engine }, {
    onData: (images) => show(engine, images),
    onError: (err) => {
      retry();
      failed(engine, err);
    },
  });
});

/** Asks for the list now (Refresh). Changes, made here or elsewhere, arrive through followImages. */
export function loadImages(engine: string): void {
  api.images.list.query({ engine }).then((images) => show(engine, images), (err) => failed(engine, err));
}
