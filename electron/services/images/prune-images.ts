import type Docker from 'dockerode';
import type { PrunePreview, PruneResult, RemoveImageOutcome } from '../../../shared/images';
import type { EngineMonitor } from '../engine/engine-monitor';
import { toBerthError } from '../engine/engine-errors';
import { inBatches } from '../engine/in-batches';

/** An image's tags without the engine's placeholder for none. */
export const realTags = (tags: string[] | undefined): string[] => (tags ?? []).filter((t) => t !== '<none>:<none>');

interface Layered { id: string; layers: string[]; sizes: Map<string, number> }

/** An image's layers with their sizes: the non-empty history entries map, in order, onto RootFS.Layers. */
async function layersOf(docker: Docker, id: string): Promise<Layered> {
  const image = docker.getImage(id);
  const [inspect, history] = await Promise.all([image.inspect(), image.history() as Promise<{ Size: number }[]>]);
  const layers = inspect.RootFS?.Layers ?? [];
  const sizes = history.slice().reverse().filter((h) => h.Size > 0).map((h) => h.Size);
  return { id, layers, sizes: new Map(layers.map((layer, i) => [layer, sizes[i] ?? 0])) };
}

async function usedImageIds(docker: Docker): Promise<Set<string>> {
  return new Set((await docker.listContainers({ all: true })).map((c) => c.ImageID));
}

/**
 * What `docker image prune [-a]` would remove, computed the engine's way (top-level images no container uses,
 * untagged only unless `all`), and the bytes of layers that no remaining image shares.
 */
export async function previewPrune(engine: EngineMonitor, all: boolean): Promise<PrunePreview> {
  const docker = engine.requireClient();
  try {
    const [images, used] = await Promise.all([docker.listImages(), usedImageIds(docker)]);
    const doomed = images.filter((i) => !used.has(i.Id) && (all || realTags(i.RepoTags).length === 0));
    const ids = new Set(doomed.map((i) => i.Id));
    const layered = await inBatches(images.map((i) => i.Id), 16, (id) => layersOf(docker, id));
    const kept = new Set(layered.filter((l) => !ids.has(l.id)).flatMap((l) => l.layers));
    const freed = new Map<string, number>();
    for (const l of layered) if (ids.has(l.id)) for (const layer of l.layers) if (!kept.has(layer)) freed.set(layer, l.sizes.get(layer) ?? 0);
    return {
      images: doomed.map((i) => ({ id: i.Id, repoTags: realTags(i.RepoTags), size: i.Size })),
      reclaimable: [...freed.values()].reduce((a, b) => a + b, 0),
    };
  } catch (err) {
    throw toBerthError(err);
  }
}

const layersSize = async (docker: Docker): Promise<number> => ((await docker.df()) as { LayersSize: number }).LayersSize;

/**
 * Removes the previewed images, no more: a tagged one tag by tag (the last untag deletes it, with its untagged
 * parents, as prune does). An image a container started to use since the preview is kept and reported.
 */
export async function pruneImages(engine: EngineMonitor, ids: string[]): Promise<PruneResult> {
  const docker = engine.requireClient();
  try {
    const before = await layersSize(docker);
    const used = await usedImageIds(docker);
    const removed: string[] = [];
    const kept: RemoveImageOutcome[] = [];
    for (const id of ids) {
      if (used.has(id)) {
        kept.push({ id, ok: false, error: { code: 'CONFLICT' } });
        continue;
      }
      try {
        const tags = realTags((await docker.getImage(id).inspect()).RepoTags);
        for (const ref of tags.length ? tags : [id]) await docker.getImage(ref).remove();
        removed.push(id);
      } catch (err) {
        kept.push({ id, ok: false, error: toBerthError(err).data });
      }
    }
    return { removed, kept, reclaimed: Math.max(0, before - (await layersSize(docker))) };
  } catch (err) {
    throw toBerthError(err);
  }
}
