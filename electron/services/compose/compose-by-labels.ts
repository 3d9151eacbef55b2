import type Docker from 'dockerode';
import { COMPOSE_LABELS } from '../../../shared/compose-projects';
import { isStatus } from '../engine/engine-errors';

export type LabelAction = { action: 'start' | 'stop' | 'restart'; services: string[] } | { action: 'down'; volumes: boolean };

const byProject = (project: string) => ({ label: [`${COMPOSE_LABELS.project}=${project}`] });

/**
 * A project Berth knows only by its containers' labels (started elsewhere, its files not here): compose v1 cannot
 * address it without its files, so start, stop, restart and down go through the engine, as compose would do them,
 * writing lines in v1's words for the same progress view.
 */
export async function runByLabels(docker: Docker, project: string, run: LabelAction, line: (text: string) => void): Promise<void> {
  const listed = await docker.listContainers({ all: true, filters: JSON.stringify(byProject(project)) as never });
  const chosen = listed.filter((c) => c.Labels[COMPOSE_LABELS.oneoff] !== 'True'
    && (run.action === 'down' || !run.services.length || run.services.includes(c.Labels[COMPOSE_LABELS.service] ?? '')));
  const each = (verb: string, work: (c: Docker.Container) => Promise<unknown>) => Promise.all(chosen.map(async (c) => {
    const name = c.Names[0]?.replace(/^\//, '') ?? c.Id;
    line(`${verb} ${name} ...`);
    // Already in the state asked for (304) is done too.
    await work(docker.getContainer(c.Id)).catch((err: unknown) => { if (!isStatus(err, 304)) throw err; });
    line(`${verb} ${name} ... done`);
  }));
  if (run.action === 'start') await each('Starting', (c) => c.start());
  else if (run.action === 'restart') await each('Restarting', (c) => c.restart({ t: 10 }));
  else await each('Stopping', (c) => c.stop({ t: 10 }));
  if (run.action !== 'down') return;
  await each('Removing', (c) => c.remove({ v: false }));
  for (const n of await docker.listNetworks({ filters: byProject(project) })) {
    line(`Removing network ${n.Name}`);
    await docker.getNetwork(n.Id).remove();
  }
  if (!run.volumes) return;
  for (const v of (await docker.listVolumes({ filters: byProject(project) })).Volumes ?? []) {
    line(`Removing volume ${v.Name}`);
    await docker.getVolume(v.Name).remove();
  }
}
