import type Docker from 'dockerode';
import { containerState, type ContainerState, type ContainerSummary, type Health, type PortMapping } from '../../../shared/containers';
import { healthOf, portsOf } from './container-details';

export const COMPOSE_PROJECT = 'com.docker.compose.project';
const COMPOSE_SERVICE = 'com.docker.compose.service';

/** Health is only in the status text of a list entry: "Up 3 minutes (healthy)". */
export function healthFromStatus(status: string): Health | null {
  const m = /\((healthy|unhealthy|health: starting)\)/.exec(status);
  if (!m) return null;
  return m[1] === 'health: starting' ? 'starting' : (m[1] as Health);
}

const SECOND = 1000;
const UNITS: Record<string, number> = {
  second: SECOND, minute: 60 * SECOND, hour: 3600 * SECOND, day: 86_400 * SECOND, week: 7 * 86_400 * SECOND,
  month: 30 * 86_400 * SECOND, year: 365 * 86_400 * SECOND,
};

/** The engine's human duration ("Less than a second", "About a minute", "3 hours", …) back to milliseconds, roughly. */
function parseHumanDuration(text: string): number {
  if (/less than a second/i.test(text)) return 0;
  const m = /(an?|about an?|\d+)\s+(second|minute|hour|day|week|month|year)s?/i.exec(text);
  if (!m) return 0;
  const count = /^\d+$/.test(m[1]!) ? Number(m[1]) : 1;
  return count * UNITS[m[2]!.toLowerCase()]!;
}

/**
 * When the current state began and the last exit code, from a list entry. The list carries only the engine's status
 * text ("Up 3 minutes", "Exited (5) 2 hours ago"), so this is as coarse as that text; an entry whose state has not
 * changed keeps what the list already knew (exact, when an event-driven inspect read it), so a resync sends nothing.
 */
function stateTimes(c: Docker.ContainerInfo, state: ContainerState, now: number, known: ContainerSummary | undefined): Pick<ContainerSummary, 'since' | 'exitCode'> {
  if (known && known.state === state) return { since: known.since, exitCode: known.exitCode };
  const exit = /\((-?\d+)\)/.exec(c.Status);
  const exitCode = (state === 'exited' || state === 'restarting') && exit ? Number(exit[1]) : null;
  if (state === 'created' || !/^(Up|Exited|Restarting)\b/.test(c.Status)) return { since: c.Created * SECOND, exitCode };
  // Rounded to the second, so that two reads of the same text agree.
  return { since: Math.round((now - parseHumanDuration(c.Status)) / SECOND) * SECOND, exitCode };
}

/** Ports in one order (the engine walks a Go map, so its order changes from call to call). */
function sortedPorts(ports: PortMapping[]): PortMapping[] {
  const key = (p: PortMapping) => `${p.privatePort}/${p.type} ${p.ip ?? ''}:${p.publicPort ?? ''}`;
  return ports.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const toPortMapping = (p: Docker.Port): PortMapping => ({
  ip: p.IP || undefined, privatePort: p.PrivatePort, publicPort: p.PublicPort || undefined, type: p.Type,
});

function common(id: string, name: string, labels: Record<string, string>) {
  return { id, name: name.replace(/^\//, ''), labels, composeProject: labels[COMPOSE_PROJECT] ?? null, composeService: labels[COMPOSE_SERVICE] ?? null };
}

/** The named volumes among a container's mounts, in one order. */
const volumeNames = (mounts: { Type?: string; Name?: string }[] | undefined): string[] =>
  (mounts ?? []).filter((m) => m.Type === 'volume' && m.Name).map((m) => m.Name!).sort();

/** A list entry (`GET /containers/json`). `known`: the list's current entry for it, if any. */
export function toContainerSummary(c: Docker.ContainerInfo, now = Date.now(), known?: ContainerSummary): ContainerSummary {
  const state = containerState(c.State);
  return {
    ...common(c.Id, c.Names?.[0] ?? c.Id.slice(0, 12), c.Labels ?? {}),
    image: c.Image,
    command: c.Command,
    created: c.Created,
    state,
    ...stateTimes(c, state, now, known),
    health: healthFromStatus(c.Status),
    ports: sortedPorts((c.Ports ?? []).map(toPortMapping)),
    networks: Object.keys(c.NetworkSettings?.Networks ?? {}).sort(),
    volumes: volumeNames(c.Mounts),
  };
}

/** The command column as the engine's list writes it: arguments with a space are single-quoted. */
const commandLine = (path: string, args: string[]): string =>
  args.length ? `${path} ${args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}` : path;

/**
 * An inspect document (`GET /containers/{id}/json`) as the same row a list entry gives, with exact times. The engine
 * answers an inspect under the container's lock, after the state change an event announced has been stored; its
 * list can lag behind the event (it reads a copy written after the 'die' event's clean-up).
 */
export function summaryFromInspect(c: Docker.ContainerInspectInfo): ContainerSummary {
  const state = containerState(c.State.Status);
  const stamp = state === 'running' || state === 'paused' ? c.State.StartedAt : state === 'created' ? c.Created : c.State.FinishedAt;
  return {
    ...common(c.Id, c.Name, c.Config.Labels ?? {}),
    image: c.Config.Image,
    command: commandLine(c.Path, c.Args ?? []),
    created: Math.floor(Date.parse(c.Created) / SECOND),
    state,
    since: Date.parse(stamp) || Date.parse(c.Created),
    exitCode: state === 'exited' || state === 'restarting' ? c.State.ExitCode : null,
    health: healthOf(c),
    ports: sortedPorts(portsOf(c)),
    networks: Object.keys(c.NetworkSettings?.Networks ?? {}).sort(),
    volumes: volumeNames(c.Mounts as { Type?: string; Name?: string }[]),
  };
}
