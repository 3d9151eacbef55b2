import type { ContainerInfo, NetworkInspectInfo } from 'dockerode';
import { listedName } from '../../../shared/containers';
import type { NetworkMember, NetworkSummary } from '../../../shared/networks';
import { COMPOSE_PROJECT } from '../containers/container-summary';
import { engineCall } from '../engine/engine-errors';
import type { EngineEvent } from '../engine/engine-event';
import type { EngineMonitor } from '../engine/engine-monitor';
import type { LiveSource } from '../live/live-list';

/** The engine's own networks, which cannot be removed. */
export const BUILT_IN = new Set(['bridge', 'host', 'none']);
/** Container events that change a network's members or their addresses. */
const MEMBERSHIP = new Set(['create', 'destroy', 'start', 'die', 'rename']);

/** Each network's members (by network id), from the container list: no inspect per network. */
function membersByNetwork(containers: ContainerInfo[]): Map<string, NetworkMember[]> {
  const members = new Map<string, NetworkMember[]>();
  for (const c of containers) {
    for (const endpoint of Object.values(c.NetworkSettings?.Networks ?? {})) {
      const e = endpoint as { NetworkID: string; IPAddress?: string; GlobalIPv6Address?: string };
      const member = { id: c.Id, name: listedName(c), ipv4: e.IPAddress || null, ipv6: e.GlobalIPv6Address || null };
      members.set(e.NetworkID, [...(members.get(e.NetworkID) ?? []), member]);
    }
  }
  return members;
}

export function toNetworkSummary(n: NetworkInspectInfo, containers: NetworkMember[]): NetworkSummary {
  const labels = n.Labels ?? {};
  return {
    id: n.Id, name: n.Name, driver: n.Driver, scope: n.Scope, internal: n.Internal, attachable: n.Attachable, ipv6: n.EnableIPv6,
    subnets: (n.IPAM?.Config ?? []).map((c) => ({ subnet: c.Subnet ?? '', gateway: c.Gateway || null })).filter((c) => c.subnet),
    labels, project: labels[COMPOSE_PROJECT] ?? null, builtIn: BUILT_IN.has(n.Name), containers,
  };
}

export const listNetworks = (engine: EngineMonitor): Promise<NetworkSummary[]> => engineCall(async () => {
  const docker = engine.requireClient();
  const [networks, containers] = await Promise.all([docker.listNetworks(), docker.listContainers({ all: true })]);
  const members = membersByNetwork(containers);
  return networks.map((n) => toNetworkSummary(n, members.get(n.Id) ?? []));
});

/** Networks for the live list: a network event, or a container's coming, going, start or stop, makes one list call. */
export function networkSource(engine: EngineMonitor): LiveSource<NetworkSummary> {
  return {
    key: (network) => network.id,
    relevant: (e: EngineEvent) => (e.type === 'network' || (e.type === 'container' && MEMBERSHIP.has(e.action)) ? [e.id] : null),
    list: () => listNetworks(engine),
  };
}

export const NETWORK_COALESCE_MS = 150;
