import type { EngineServices } from '../../../shared/api/app';
import type { ImageSummary } from '../../../shared/images';
import { serverOfRegistry } from '../../../shared/registries';
import type { EngineMonitor } from '../engine/engine-monitor';
import { toBerthError } from '../engine/engine-errors';
import type { DockerCredentials } from '../registries/docker-credentials';
import { authConfigFor } from '../registries/registry-login';
import { buildImage } from './build-image';
import { imageDetails } from './image-details';
import { commitContainer, exportContainer, importImage, loadImages, saveImages } from './image-files';
import { checkedReference, nameWithoutTag, pullImage, pushImage } from './image-transfer';
import { realTags } from './prune-images';
import type { LiveList } from '../live/live-list';
import { removeImages } from './remove-images';

export async function listImages(engine: EngineMonitor): Promise<ImageSummary[]> {
  try {
    const docker = engine.requireClient();
    // The list's own Containers field is -1 unless the engine is asked for sizes (slow); count from the containers.
    const [images, containers] = await Promise.all([docker.listImages(), docker.listContainers({ all: true })]);
    const users = new Map<string, number>();
    for (const c of containers) users.set(c.ImageID, (users.get(c.ImageID) ?? 0) + 1);
    return images.map((image) => ({
      id: image.Id,
      repoTags: realTags(image.RepoTags),
      created: image.Created,
      size: image.Size,
      containers: users.get(image.Id) ?? 0,
    }));
  } catch (err) {
    throw toBerthError(err);
  }
}

export function createImagesService(engine: EngineMonitor, credentials: DockerCredentials, images: LiveList<ImageSummary>): EngineServices['images'] {
  const auth = (reference: string) => authConfigFor(credentials, serverOfRegistry(checkedReference(reference).registry));
  return {
    list: () => listImages(engine),
    watch: (signal) => images.watchWhole(signal),
    pull: async function* ({ reference }, signal) {
      yield* pullImage(engine, reference, await auth(reference), signal);
    },
    push: async function* ({ reference }, signal) {
      yield* pushImage(engine, reference, await auth(reference), signal);
    },
    inspect: ({ id }) => imageDetails(engine, id),
    tag: async ({ source, target }) => {
      const ref = checkedReference(target, 'target');
      try {
        await engine.requireClient().getImage(source).tag({ repo: nameWithoutTag(ref), tag: ref.tag || 'latest' });
      } catch (err) {
        throw toBerthError(err);
      }
    },
    remove: ({ ids, force }) => removeImages(engine, ids, force),
    build: (input, signal) => buildImage(engine, input, signal),
    save: (input, signal) => saveImages(engine, input, signal),
    load: (input, signal) => loadImages(engine, input, signal),
    import: (input, signal) => importImage(engine, input, signal),
    exportContainer: (input, signal) => exportContainer(engine, input, signal),
    commit: (input) => commitContainer(engine, input),
  };
}
