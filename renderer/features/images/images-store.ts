import { create } from 'zustand';
import type { ErrorData } from '../../../shared/errors';
import type { ImageSummary } from '../../../shared/images';
import { api } from '../../app/api-client';
import { errorData } from '../../ui/api-error';

interface ImagesState { images: ImageSummary[]; error: ErrorData | null }

export const useImages = create<ImagesState>(() => ({ images: [], error: null }));

let following = false;

/**
 * Follows the live image list from main (sent again whenever the engine's events say it changed). Started on first
 * use: at start-up when the app opens on an images route, so the list is on its way while the screen's code loads.
 */
export function followImages(): void {
  if (following) return;
  following = true;
  api.images.watch.subscribe(undefined, {
    onData: (images) => useImages.setState({ images, error: null }),
    onError: (err) => {
      following = false;
      useImages.setState({ error: errorData(err) });
    },
  });
}

/** Asks for the list now (Refresh, and right after a change made here). */
export function loadImages(): void {
  api.images.list.query().then(
    (images) => useImages.setState({ images, error: null }),
    (err) => useImages.setState({ error: errorData(err) }),
  );
}
