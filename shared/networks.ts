import { z } from 'zod';
import { ipv4, ipv6, isCidr } from './parse/parse-cidr';
import { PairsRecord } from './pairs';

export const NetworkName = z.string().max(128).regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, 'validation.newNetwork.name');

/** A container on a network, with its addresses there (none while it is stopped). */
export interface NetworkMember { id: string; name: string; ipv4: string | null; ipv6: string | null }

export interface NetworkSummary {
  id: string;
  name: string;
  driver: string;
  scope: string;
  internal: boolean;
  attachable: boolean;
  ipv6: boolean;
  subnets: { subnet: string; gateway: string | null }[];
  labels: Record<string, string>;
  project: string | null;
  /** bridge, host and none: the engine's own, which cannot be removed. */
  builtIn: boolean;
  containers: NetworkMember[];
}

export const NETWORK_DRIVERS = ['bridge', 'macvlan', 'ipvlan', 'overlay'] as const;
/** Optional fields: empty, or a subnet / an address. */
const Cidr = z.string().max(64).refine((s) => s === '' || isCidr(s, 4), 'validation.newNetwork.cidr');
const Ipv4 = z.string().max(64).refine((s) => s === '' || ipv4(s) !== null, 'validation.newNetwork.ip');
const Cidr6 = z.string().max(64).refine((s) => s === '' || isCidr(s, 6), 'validation.newNetwork.cidr6');
const Ipv6 = z.string().max(64).refine((s) => s === '' || ipv6(s) !== null, 'validation.newNetwork.ip6');

/**
 * `docker network create`; an IPv4 subnet optional (the engine picks one), gateway and range within it; with IPv6 on,
 * an IPv6 subnet (needed unless the engine has IPv6 pools of its own) and its gateway.
 */
export const CreateNetworkInput = z.object({
  name: NetworkName,
  driver: z.enum(NETWORK_DRIVERS),
  subnet: Cidr,
  gateway: Ipv4,
  ipRange: Cidr,
  ipv6: z.boolean(),
  subnet6: Cidr6,
  gateway6: Ipv6,
  internal: z.boolean(),
  attachable: z.boolean(),
  labels: PairsRecord,
});
export type CreateNetworkInput = z.infer<typeof CreateNetworkInput>;

export const NetworkRef = z.object({ id: z.string().min(1).max(128).regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/) });
const ContainerRef = z.string().min(1).max(128).regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/);
export const ConnectInput = z.object({ id: NetworkRef.shape.id, container: ContainerRef, ipv4: Ipv4, alias: z.string().max(128).regex(/^$|^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, 'validation.newNetwork.name') });
export const DisconnectInput = z.object({ id: NetworkRef.shape.id, container: ContainerRef });
