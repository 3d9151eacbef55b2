import { z } from 'zod';
import { EngineEntry, EngineId, EngineName, EngineProbe, EngineSpec, HostKey } from '../engine';
import { checked, mutation, query, returns, type ServiceOf } from './define';

/** The engines Berth knows, and the user's own list of them (app-wide: not scoped to one engine). */
export const enginesApi = {
  list: query(null, checked(z.array(EngineEntry))),
  /** Connects once with what the form says, and reports the engine or the exact reason it could not. */
  test: mutation(EngineSpec, checked(EngineProbe)),
  add: mutation(EngineSpec, checked(EngineEntry)),
  rename: mutation(z.object({ id: EngineId, name: EngineName }), checked(EngineEntry)),
  remove: mutation(z.object({ id: EngineId }), returns<void>()),
  /** The user accepted a host key at first contact: it goes into known_hosts, as `ssh` does on "yes". */
  trustHostKey: mutation(HostKey, returns<void>()),
};
export type EnginesService = ServiceOf<typeof enginesApi>;
