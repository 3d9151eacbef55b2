import { listedName } from '../../../shared/containers';
import type { ImageDetails } from '../../../shared/images';
import type { EngineMonitor } from '../engine/engine-monitor';
import { toBerthError } from '../engine/engine-errors';

interface EngineHistory { Id: string; Created: number; CreatedBy: string; Size: number; Comment: string }

/** `docker image inspect` + `docker history` + the containers using it, in one call for the image page. */
export async function imageDetails(engine: EngineMonitor, id: string): Promise<ImageDetails> {
  const docker = engine.requireClient();
  try {
    const image = docker.getImage(id);
    const [raw, history] = await Promise.all([image.inspect(), image.history() as Promise<EngineHistory[]>]);
    const users = await docker.listContainers({ all: true, filters: { ancestor: [raw.Id] } });
    const config = raw.Config ?? ({} as typeof raw.Config);
    return {
      id: raw.Id,
      repoTags: raw.RepoTags ?? [],
      repoDigests: raw.RepoDigests ?? [],
      size: raw.Size,
      created: raw.Created,
      architecture: raw.Architecture ?? '',
      os: raw.Os ?? '',
      author: raw.Author ?? '',
      entrypoint: [config.Entrypoint ?? []].flat(),
      cmd: [config.Cmd ?? []].flat(),
      env: config.Env ?? [],
      exposedPorts: Object.keys(config.ExposedPorts ?? {}),
      workingDir: config.WorkingDir ?? '',
      user: config.User ?? '',
      // `ancestor` also matches children of this image; keep only direct users.
      usedBy: users.filter((c) => c.ImageID === raw.Id).map((c) => ({ id: c.Id, name: listedName(c), state: c.State })),
      history: history.map((h) => ({
        id: h.Id, created: h.Created, createdBy: h.CreatedBy, size: h.Size, comment: h.Comment ?? '',
        // A step that made no layer: ENV, CMD, LABEL… (or a RUN that changed nothing).
        empty: h.Size === 0,
      })),
      raw: raw as unknown as Record<string, unknown>,
    };
  } catch (err) {
    throw toBerthError(err);
  }
}
