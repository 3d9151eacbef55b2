import type { NetworksService } from '../../../shared/api/networks';
import { listedName } from '../../../shared/containers';
import { BerthError, type ErrorData } from '../../../shared/errors';
import type { CreateNetworkInput, NetworkSummary } from '../../../shared/networks';
import { contains, overlaps, within } from '../../../shared/parse/parse-cidr';
import { engineCall } from '../engine/engine-errors';
import type { EngineMonitor } from '../engine/engine-monitor';
import type { LiveList } from '../live/live-list';
import { BUILT_IN, listNetworks, toNetworkSummary } from './network-source';

/** The create form's problems that need the engine's other networks: a taken name, an overlapping subnet (either family). */
export function createProblems(input: CreateNetworkInput, existing: Pick<NetworkSummary, 'name' | 'subnets'>[]): ErrorData['fields'] {
  const fields: NonNullable<ErrorData['fields']> = {};
  if (existing.some((n) => n.name === input.name)) fields.name = { key: 'validation.newNetwork.taken', params: { name: input.name } };
  const taken = existing.flatMap((n) => n.subnets.map((s) => ({ name: n.name, subnet: s.subnet })));
  const clash = (subnet: string) => taken.find((s) => overlaps(s.subnet, subnet));
  const check = (subnet: 'subnet' | 'subnet6', inside: ['gateway' | 'ipRange' | 'gateway6', (value: string, subnet: string) => boolean][]) => {
    const value = input[subnet];
    if (!value) {
      if (inside.some(([field]) => input[field])) fields[subnet] = { key: `validation.newNetwork.${subnet === 'subnet' ? 'cidr' : 'cidr6'}` };
      return;
    }
    const other = clash(value);
    if (other) fields[subnet] = { key: 'validation.newNetwork.overlap', params: other };
    for (const [field, lies] of inside) {
      if (input[field] && !lies(input[field], value)) fields[field] = { key: 'validation.newNetwork.outside', params: { subnet: value } };
    }
  };
  check('subnet', [['gateway', within], ['ipRange', (range, subnet) => contains(subnet, range)]]);
  if (input.ipv6) check('subnet6', [['gateway6', within]]);
  else if (input.subnet6 || input.gateway6) fields.subnet6 = { key: 'validation.newNetwork.ipv6Off' };
  return Object.keys(fields).length ? fields : undefined;
}

/** The engine's words when IPv6 is asked for with no subnet and it has no IPv6 pool to pick one from. */
const NO_IPV6_POOL = /non-overlapping IPv6 address pool/;

export function createNetworksService(engine: EngineMonitor, networks: LiveList<NetworkSummary>): NetworksService {
  const network = (id: string) => engine.requireClient().getNetwork(id);
  return {
    list: () => listNetworks(engine),
    watch: (signal) => networks.watchWhole(signal),
    inspect: ({ id }) => engineCall(() => network(id).inspect()),
    create: async (input) => {
      // Names and subnets only: the networks without their members (no container list).
      const existing = await engineCall(async () => (await engine.requireClient().listNetworks()).map((n) => toNetworkSummary(n, [])));
      const fields = createProblems(input, existing);
      if (fields) throw new BerthError({ code: 'INVALID_INPUT', fields });
      const pools = [
        ...(input.subnet ? [{ Subnet: input.subnet, Gateway: input.gateway || undefined, IPRange: input.ipRange || undefined }] : []),
        ...(input.ipv6 && input.subnet6 ? [{ Subnet: input.subnet6, Gateway: input.gateway6 || undefined }] : []),
      ];
      const made = await engineCall(() => engine.requireClient().createNetwork({
        Name: input.name, Driver: input.driver, CheckDuplicate: true, Internal: input.internal, Attachable: input.attachable,
        EnableIPv6: input.ipv6, Labels: input.labels,
        IPAM: pools.length ? { Driver: 'default', Config: pools } : undefined,
      })).catch((err: BerthError) => {
        if (NO_IPV6_POOL.test(err.data.detail ?? '')) throw new BerthError({ code: 'INVALID_INPUT', fields: { subnet6: { key: 'validation.newNetwork.noPool6' } } });
        throw err;
      });
      return { id: made.id };
    },
    remove: async ({ id }) => {
      const target = await engineCall(() => network(id).inspect());
      if (BUILT_IN.has(target.Name)) throw new BerthError({ code: 'CONFLICT', message: { key: 'errors.networkBuiltIn', params: { name: target.Name } } });
      // Its members, running or not (the network's own inspect lists only running ones).
      const members = await engineCall(() => engine.requireClient().listContainers({ all: true, filters: { network: [target.Id] } }));
      if (members.length) {
        throw new BerthError({ code: 'CONFLICT', message: { key: 'errors.networkInUse', params: { name: target.Name, names: members.map(listedName).join(', ') } } });
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
