import type { ImageSummary } from '../../../shared/images';
import { api } from '../../app/api-client';
import { engineList } from '../../app/engine-list';

/**
 * Each engine's image list, live (sent again whenever the engine's events say it changed). Followed from start-up when
 * the app opens on an images route, so the list is on its way while the screen's code loads; the list the page came
 * with (web host, its engine) is shown until then.
 */
const imageList = engineList<ImageSummary>({
  watch: (engine, handlers) => void api.images.watch.subscribe({ engine }, handlers),
  list: (engine) => api.images.list.query({ engine }),
  initial: (state) => state.images,
});

/** The images of the engine the page shows. */
export function useImages() {
  const { items, error } = imageList.useList();
  return { images: items, error };
}
export const followImages = imageList.follow;
/** Asks for the list now (Refresh). Changes, made here or elsewhere, arrive through followImages. */
export const loadImages = imageList.refresh;
