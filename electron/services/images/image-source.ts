import type { ImageSummary } from '../../../shared/images';
import type { EngineEvent } from '../engine/engine-event';
import type { EngineMonitor } from '../engine/engine-monitor';
import type { LiveSource } from '../live/live-list';
import { listImages } from './images-service';

/** Image events, and container create/destroy (they change "used by"): what makes the list stale. */
const changesList = (e: EngineEvent): boolean => e.type === 'image' || (e.type === 'container' && (e.action === 'create' || e.action === 'destroy'));

/**
 * Images for the live list. There is no cheap read of one image with its "used by" count, so any relevant event
 * (coalesced: a build tags, a prune deletes many) makes one full list call.
 */
export function imageSource(engine: EngineMonitor): LiveSource<ImageSummary> {
  return {
    key: (image) => image.id,
    relevant: (event) => (changesList(event) ? [event.id] : null),
    list: () => listImages(engine),
  };
}

/** Events within this window become one list call. */
export const IMAGE_COALESCE_MS = 150;
