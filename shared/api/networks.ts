import { z } from 'zod';
import { ConnectInput, CreateNetworkInput, DisconnectInput, NetworkRef, type NetworkSummary } from '../networks';
import { checked, mutation, query, returns, subscription, type ServiceOf } from './define';

/** Networks: the live list with each one's members and addresses, inspect, create, remove, connect and disconnect. */
export const networksApi = {
  list: query(null, returns<NetworkSummary[]>()),
  watch: subscription(null, returns<NetworkSummary[]>()),
  inspect: query(NetworkRef, returns<unknown>()),
  create: mutation(CreateNetworkInput, checked(z.object({ id: z.string() }))),
  remove: mutation(NetworkRef, returns<void>()),
  connect: mutation(ConnectInput, returns<void>()),
  disconnect: mutation(DisconnectInput, returns<void>()),
};
export type NetworksService = ServiceOf<typeof networksApi>;
