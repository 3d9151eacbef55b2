import { create } from 'zustand';
import type { ErrorData } from '../../../shared/errors';
import type { ImageSummary } from '../../../shared/images';
import { api } from '../../app/api-client';
import { errorData } from '../../ui/api-error';

interface ImagesState { images: ImageSummary[]; error: ErrorData | null }

export const useImages = create<ImagesState>(() => ({ images: [], error: null }));

/**
 * Asks main for the list. Called at start-up when the app opens on the images screen, so the list is on its way
 * while the screen's code loads, and again after every change the screen makes.
 */
export function loadImages(): void {
  api.images.list.query().then(
    (images) => useImages.setState({ images, error: null }),
    (err) => useImages.setState({ error: errorData(err) }),
  );
}
