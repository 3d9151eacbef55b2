import { create } from 'zustand';
import type { ErrorData } from '../../../shared/errors';
import type { ImageSummary } from '../../../shared/images';
import { api } from '../../app/api-client';
import { initialState } from '../../app/initial-state';
import { errorData } from '../../ui/api-error';

interface ImagesState { images: ImageSummary[]; error: ErrorData | null }

export const useImages = create<ImagesState>(() => ({ images: [], error: null }));

let following = false;

/** A list equal to the one shown (the page's own, then the subscription's first) does not render the table again. */
function show(images: ImageSummary[]): void {
  const { images: shown, error } = useImages.getState();
  if (error || JSON.stringify(images) !== JSON.stringify(shown)) useImages.setState({ images, error: null });
}

/**
 * Follows the live image list from main (sent again whenever the engine's events say it changed). Started on first
 * use: at start-up when the app opens on an images route, so the list is on its way while the screen's code loads.
 * The list the page came with (web host) is shown until then.
 */
export function followImages(): void {
  if (following) return;
  following = true;
  const initial = initialState()?.images;
  if (initial) show(initial);
  api.images.watch.subscribe(undefined, {
    onData: show,
    onError: (err) => {
      following = false;
      useImages.setState({ error: errorData(err) });
    },
  });
}

/** Asks for the list now (Refresh). Changes, made here or elsewhere, arrive through followImages. */
export function loadImages(): void {
  api.images.list.query().then(
    show,
    (err) => useImages.setState({ error: errorData(err) }),
  );
}
