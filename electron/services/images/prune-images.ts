import type Docker from 'dockerode';
import type { PruneItem } from '../../../shared/prune-kinds';
import { inBatches } from '../engine/in-batches';

/** An image's tags without the engine's placeholder for none. */
export const realTags = (tags: string[] | undefined | null): string[] => (tags ?? []).filter((t) => t !== '<none>:<none>');

interface Layered { id: string; layers: string[]; sizes: Map<string, number> }

/** An image's layers with their sizes: the non-empty history entries map, in order, onto RootFS.Layers. */
async function layersOf(docker: Docker, id: string): Promise<Layered> {
  const image = docker.getImage(id);
  const [inspect, history] = await Promise.all([image.inspect(), image.history() as Promise<{ Size: number }[]>]);
  const layers = inspect.RootFS?.Layers ?? [];
  const sizes = history.slice().reverse().filter((h) => h.Size > 0).map((h) => h.Size);
  return { id, layers, sizes: new Map(layers.map((layer, i) => [layer, sizes[i] ?? 0])) };
}

/**
 * What `docker image prune [-a]` would remove, computed the engine's way (top-level images no remaining container
 * uses, untagged only unless `all`), and the bytes of layers that no remaining image shares.
 */
export async function planImages(docker: Docker, used: Set<string>, all: boolean): Promise<{ items: PruneItem[]; reclaimable: number }> {
  const images = await docker.listImages();
  const doomed = images.filter((i) => !used.has(i.Id) && (all || realTags(i.RepoTags).length === 0));
  const ids = new Set(doomed.map((i) => i.Id));
  const layered = await inBatches(images.map((i) => i.Id), 16, (id) => layersOf(docker, id));
  const kept = new Set(layered.filter((l) => !ids.has(l.id)).flatMap((l) => l.layers));
  const freed = new Map<string, number>();
  for (const l of layered) if (ids.has(l.id)) for (const layer of l.layers) if (!kept.has(layer)) freed.set(layer, l.sizes.get(layer) ?? 0);
  return {
    items: doomed.map((i) => ({ kind: 'images', id: i.Id, name: realTags(i.RepoTags).join(', '), size: i.Size })),
    reclaimable: [...freed.values()].reduce((a, b) => a + b, 0),
  };
}

/** Removes an image as prune does: a tagged one tag by tag (the last untag deletes it, with its untagged parents). */
export async function removePrunedImage(docker: Docker, id: string): Promise<void> {
  const tags = realTags((await docker.getImage(id).inspect()).RepoTags);
  for (const ref of tags.length ? tags : [id]) await docker.getImage(ref).remove();
}
