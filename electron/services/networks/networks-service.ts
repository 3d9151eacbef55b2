import type { NetworksService } from '../../../shared/api/networks';
import { BerthError, type ErrorData } from '../../../shared/errors';
import type { CreateNetworkInput, NetworkSummary } from '../../../shared/networks';
import { contains, overlaps, within } from '../../../shared/parse/parse-cidr';
import { engineCall } from '../engine/engine-errors';
import type { EngineMonitor } from '../engine/engine-monitor';
import type { LiveList } from '../live/live-list';
import { listNetworks } from './network-source';

/** The create form's problems that need the engine's other networks: a taken name, an overlapping subnet. */
export function createProblems(input: CreateNetworkInput, existing: NetworkSummary[]): ErrorData['fields'] {
  const fields: NonNullable<ErrorData['fields']> = {};
  if (existing.some((n) => n.name === input.name)) fields.name = { key: 'validation.newNetwork.taken', params: { name: input.name } };
  if (input.subnet) {
    const clash = existing.flatMap((n) => n.subnets.map((s) => ({ name: n.name, subnet: s.subnet }))).find((s) => overlaps(s.subnet, input.subnet));
    if (clash) fields.subnet = { key: 'validation.newNetwork.overlap', params: clash };
    for (const field of ['gateway', 'ipRange'] as const) {
      const value = input[field];
      const inside = field === 'gateway' ? within(value, input.subnet) : contains(input.subnet, value);
      if (value && !inside) fields[field] = { key: 'validation.newNetwork.outside', params: { subnet: input.subnet } };
    }
  } else if (input.gateway || input.ipRange) {
    fields.subnet = { key: 'validation.newNetwork.cidr' };
  }
  return Object.keys(fields).length ? fields : undefined;
}

export function createNetworksService(engine: EngineMonitor, networks: LiveList<NetworkSummary>): NetworksService {
  const network = (id: string) => engine.requireClient().getNetwork(id);
  return {
    list: () => listNetworks(engine),
    watch: (signal) => networks.watchWhole(signal),
    inspect: ({ id }) => engineCall(() => network(id).inspect()),
    create: async (input) => {
      const fields = createProblems(input, await listNetworks(engine));
      if (fields) throw new BerthError({ code: 'INVALID_INPUT', fields });
      const made = await engineCall(() => engine.requireClient().createNetwork({
        Name: input.name, Driver: input.driver, CheckDuplicate: true, Internal: input.internal, Attachable: input.attachable,
        EnableIPv6: input.ipv6, Labels: input.labels,
        IPAM: input.subnet ? { Driver: 'default', Config: [{ Subnet: input.subnet, Gateway: input.gateway || undefined, IPRange: input.ipRange || undefined }] } : undefined,
      }));
      return { id: made.id };
    },
    remove: async ({ id }) => {
      const target = (await listNetworks(engine)).find((n) => n.id === id || n.name === id);
      if (target?.builtIn) throw new BerthError({ code: 'CONFLICT', message: { key: 'errors.networkBuiltIn', params: { name: target.name } } });
      if (target?.containers.length) {
        throw new BerthError({ code: 'CONFLICT', message: { key: 'errors.networkInUse', params: { name: target.name, names: target.containers.map((c) => c.name).join(', ') } } });
      }
      await engineCall(() => network(id).remove());
    },
    connect: ({ id, container, ipv4, alias }) => engineCall(() => network(id).connect({
      Container: container,
      EndpointConfig: { IPAMConfig: ipv4 ? { IPv4Address: ipv4 } : undefined, Aliases: alias ? [alias] : undefined },
    })),
    disconnect: ({ id, container }) => engineCall(() => network(id).disconnect({ Container: container })),
  };
}
