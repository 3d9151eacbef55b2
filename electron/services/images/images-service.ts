import type { BerthServices } from '../../../shared/api';
import type { EngineMonitor } from '../engine/engine-monitor';
import { toBerthError } from '../engine/engine-errors';
import { pullImage } from './pull-image';
import { removeImages } from './remove-images';

export function createImagesService(engine: EngineMonitor): BerthServices['images'] {
  return {
    list: async () => {
      try {
        const images = await engine.requireClient().listImages();
        return images.map((image) => ({
          id: image.Id,
          repoTags: (image.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>'),
          created: image.Created,
          size: image.Size,
          containers: Math.max(0, image.Containers ?? 0),
        }));
      } catch (err) {
        throw toBerthError(err);
      }
    },
    pull: (reference, signal) => pullImage(engine, reference, signal),
    remove: (ids, force) => removeImages(engine, ids, force),
  };
}
