import type Docker from 'dockerode';
import { ContainerState, type ContainerSummary, type Health, type PortMapping } from '../../../shared/containers';

export const COMPOSE_PROJECT = 'com.docker.compose.project';
const COMPOSE_SERVICE = 'com.docker.compose.service';

/** Health is only in the status text of a list entry: "Up 3 minutes (healthy)". */
export function healthFromStatus(status: string): Health | null {
  const m = /\((healthy|unhealthy|health: starting)\)/.exec(status);
  if (!m) return null;
  return m[1] === 'health: starting' ? 'starting' : (m[1] as Health);
}

export const toPortMapping = (p: Docker.Port): PortMapping => ({
  ip: p.IP || undefined, privatePort: p.PrivatePort, publicPort: p.PublicPort || undefined, type: p.Type,
});

export function toContainerSummary(c: Docker.ContainerInfo): ContainerSummary {
  const labels = c.Labels ?? {};
  const state = ContainerState.safeParse(c.State);
  return {
    id: c.Id,
    name: (c.Names?.[0] ?? c.Id.slice(0, 12)).replace(/^\//, ''),
    image: c.Image,
    command: c.Command,
    created: c.Created,
    state: state.success ? state.data : 'dead',
    status: c.Status,
    health: healthFromStatus(c.Status),
    ports: (c.Ports ?? []).map(toPortMapping),
    labels,
    composeProject: labels[COMPOSE_PROJECT] ?? null,
    composeService: labels[COMPOSE_SERVICE] ?? null,
  };
}
