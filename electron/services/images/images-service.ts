import type { BerthServices } from '../../../shared/api';
import { serverOfRegistry } from '../../../shared/registries';
import type { EngineMonitor } from '../engine/engine-monitor';
import { toBerthError } from '../engine/engine-errors';
import type { DockerCredentials } from '../registries/docker-credentials';
import { authConfigFor } from '../registries/registry-login';
import { buildImage } from './build-image';
import { commitContainer, exportContainer, importImage, loadImages, saveImages } from './image-files';
import { checkedReference, nameWithoutTag, pullImage, pushImage } from './image-transfer';
import { previewPrune, pruneImages } from './prune-images';
import { removeImages } from './remove-images';

export function createImagesService(engine: EngineMonitor, credentials: DockerCredentials): BerthServices['images'] {
  const auth = (reference: string) => authConfigFor(credentials, serverOfRegistry(checkedReference(reference).registry));
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
    pull: async function* (reference, signal) {
      yield* pullImage(engine, reference, await auth(reference), signal);
    },
    push: async function* (reference, signal) {
      yield* pushImage(engine, reference, await auth(reference), signal);
    },
    tag: async (source, target) => {
      const ref = checkedReference(target, 'target');
      try {
        await engine.requireClient().getImage(source).tag({ repo: nameWithoutTag(ref), tag: ref.tag || 'latest' });
      } catch (err) {
        throw toBerthError(err);
      }
    },
    remove: (ids, force) => removeImages(engine, ids, force),
    build: (input, signal) => buildImage(engine, input, signal),
    save: (input, signal) => saveImages(engine, input, signal),
    load: (input, signal) => loadImages(engine, input, signal),
    import: (input, signal) => importImage(engine, input, signal),
    exportContainer: (input, signal) => exportContainer(engine, input, signal),
    commit: (input) => commitContainer(engine, input),
    prunePreview: (all) => previewPrune(engine, all),
    prune: (ids) => pruneImages(engine, ids),
  };
}
