import type Docker from 'dockerode';
import { listedName } from '../../../shared/containers';
import type { Message } from '../../../shared/errors';
import { PRUNE_KINDS, type PruneItem, type PruneKept, type PruneKind, type PruneOptions, type PruneOutcome, type PrunePlan } from '../../../shared/prune-kinds';
import type { PruneTargets } from '../../../shared/prune';
import type { RawDiskUsage } from '../../../shared/system';
import { isStatus, toBerthError } from '../engine/engine-errors';
import { planImages, removePrunedImage } from '../images/prune-images';
import { BUILT_IN } from '../networks/network-source';

type Listed = Docker.ContainerInfo;

/** A container prune takes what is not running, paused or restarting (created, exited, dead). */
const ALIVE = new Set(['running', 'paused', 'restarting']);

const sum = (items: { size: number }[]): number => items.reduce((a, i) => a + Math.max(0, i.size), 0);
const networksOf = (c: Listed) => Object.values(c.NetworkSettings?.Networks ?? {}).map((n) => n.NetworkID);
const volumesOf = (c: Listed) => (c.Mounts ?? []).filter((m) => m.Type === 'volume' && m.Name).map((m) => m.Name!);

/** What the plan is made from: the engine's lists (and `system df` where sizes are wanted). */
export interface PruneState {
  containers: Listed[];
  networks: Pick<Docker.NetworkInspectInfo, 'Id' | 'Name' | 'Scope'>[];
  df: RawDiskUsage | null;
}

/**
 * The containers, networks, volumes and build cache a prune would remove, the engine's way and in its order: stopped
 * containers first, then what no *remaining* container uses (so `system prune` counts what the containers' removal
 * frees). Returns the containers that remain, for the images' part.
 */
export function planFromState({ containers, networks, df }: PruneState, options: PruneOptions): { items: PruneItem[]; remaining: Listed[] } {
  const doomed = options.containers ? containers.filter((c) => !ALIVE.has(c.State)) : [];
  const gone = new Set(doomed.map((c) => c.Id));
  const remaining = containers.filter((c) => !gone.has(c.Id));
  const items: PruneItem[] = [];
  if (options.containers) {
    const sizes = new Map((df?.Containers ?? []).map((c) => [c.Id, c.SizeRw ?? 0]));
    items.push(...doomed.map((c) => ({ kind: 'containers' as const, id: c.Id, name: listedName(c), size: sizes.get(c.Id) ?? 0 })));
  }
  if (options.networks) {
    // The engine counts a network used only while a container is attached (running): a stopped one does not hold it.
    const used = new Set(remaining.filter((c) => ALIVE.has(c.State)).flatMap(networksOf));
    items.push(...networks.filter((n) => n.Scope === 'local' && !BUILT_IN.has(n.Name) && !used.has(n.Id))
      .map((n) => ({ kind: 'networks' as const, id: n.Id, name: n.Name, size: 0 })));
  }
  if (options.volumes) {
    const used = new Set(remaining.flatMap(volumesOf));
    items.push(...(df?.Volumes ?? []).filter((v) => !used.has(v.Name))
      .map((v) => ({ kind: 'volumes' as const, id: v.Name, name: v.Name, size: v.UsageData?.Size ?? 0 })));
  }
  if (options.buildCache) {
    // Shared cache is counted by the records that share it, never as freed.
    items.push(...(df?.BuildCache ?? []).filter((b) => !b.InUse).map((b) => ({ kind: 'buildCache' as const, id: b.ID, name: b.Type, size: b.Shared ? 0 : b.Size })));
  }
  return { items, remaining };
}

/** The plan on this engine: its lists read once, then the images' part (which needs each image's layers). */
export async function planPrune(docker: Docker, options: PruneOptions): Promise<PrunePlan> {
  try {
    const wantsDf = options.containers || options.volumes || options.buildCache;
    const [containers, networks, df] = await Promise.all([
      docker.listContainers({ all: true }), options.networks ? docker.listNetworks() : [], wantsDf ? docker.df() as Promise<RawDiskUsage> : null,
    ]);
    const { items, remaining } = planFromState({ containers, networks, df }, options);
    let reclaimable = sum(items);
    if (options.images !== 'none') {
      const images = await planImages(docker, new Set(remaining.map((c) => c.ImageID)), options.images === 'all');
      items.push(...images.items);
      reclaimable += images.reclaimable;
    }
    // In the engine's order, which is also the order they are removed in (a stable sort keeps each kind's own order).
    return { items: items.sort((a, b) => PRUNE_KINDS.indexOf(a.kind) - PRUNE_KINDS.indexOf(b.kind)), reclaimable };
  } catch (err) {
    throw toBerthError(err);
  }
}

const kept = (item: { kind: PruneKind; id: string; name: string }, key: string, params?: Message['params']): PruneKept =>
  ({ ...item, reason: { key, ...(params ? { params } : {}) } });

/** Removes one planned item if it is still unused; otherwise says why it stays. Null: removed. */
async function removeOne(docker: Docker, item: PruneTargets['items'][number]): Promise<PruneKept | null> {
  switch (item.kind) {
    case 'containers': {
      const state = (await docker.getContainer(item.id).inspect()).State;
      if (state.Running || state.Paused || state.Restarting) return kept(item, 'prune.keptReason.running');
      await docker.getContainer(item.id).remove();
      return null;
    }
    case 'networks': {
      const attached = Object.values((await docker.getNetwork(item.id).inspect() as { Containers?: Record<string, { Name: string }> }).Containers ?? {});
      if (attached.length) return kept(item, 'prune.keptReason.usedBy', { names: attached.map((c) => c.Name).join(', ') });
      await docker.getNetwork(item.id).remove();
      return null;
    }
    case 'volumes': {
      const users = (await docker.listContainers({ all: true, filters: { volume: [item.id] } })).map(listedName);
      if (users.length) return kept(item, 'prune.keptReason.usedBy', { names: users.join(', ') });
      await docker.getVolume(item.id).remove();
      return null;
    }
    case 'images': {
      const users = (await docker.listContainers({ all: true })).filter((c) => c.ImageID === item.id).map(listedName);
      if (users.length) return kept(item, 'prune.keptReason.usedBy', { names: users.join(', ') });
      await removePrunedImage(docker, item.id);
      return null;
    }
    case 'buildCache':
      return null; // all of them at once, below
  }
}

const layersSize = async (docker: Docker): Promise<number> => ((await docker.df()) as RawDiskUsage).LayersSize ?? 0;

// Missing from @types/dockerode: the answer of POST /build/prune.
interface BuildPruneApi { pruneBuilder(options: { filters: string }): Promise<{ CachesDeleted: string[] | null; SpaceReclaimed: number }> }

/** Removes exactly the planned items, kinds in the engine's order; anything now in use (or gone) is kept and named. */
export async function runPrune(docker: Docker, { items }: PruneTargets): Promise<PruneOutcome> {
  try {
    const outcome: PruneOutcome = { removed: [], kept: [], reclaimed: 0 };
    const hasImages = items.some((i) => i.kind === 'images');
    const layersBefore = hasImages ? await layersSize(docker) : 0;
    for (const kind of PRUNE_KINDS) {
      const ofKind = items.filter((i) => i.kind === kind);
      if (!ofKind.length) continue;
      if (kind === 'buildCache') {
        const answer = await (docker as unknown as BuildPruneApi).pruneBuilder({ filters: JSON.stringify({ id: ofKind.map((i) => i.id) }) });
        const deleted = new Set(answer.CachesDeleted ?? []);
        for (const i of ofKind) {
          if (deleted.has(i.id)) outcome.removed.push(i);
          else outcome.kept.push(kept(i, 'prune.keptReason.inUse'));
        }
        outcome.reclaimed += answer.SpaceReclaimed;
        continue;
      }
      for (const item of ofKind) {
        try {
          const stays = await removeOne(docker, item);
          if (stays) outcome.kept.push(stays);
          else outcome.removed.push(item);
        } catch (err) {
          outcome.kept.push(isStatus(err, 404) ? kept(item, 'prune.keptReason.gone') : { ...item, reason: { key: 'prune.keptReason.failed', params: { error: toBerthError(err).data.detail ?? '' } } });
        }
      }
    }
    const sizes = outcome.removed.filter((i) => i.kind !== 'images' && i.kind !== 'buildCache');
    outcome.reclaimed += sum(sizes) + (hasImages ? Math.max(0, layersBefore - (await layersSize(docker))) : 0);
    return outcome;
  } catch (err) {
    throw toBerthError(err);
  }
}
