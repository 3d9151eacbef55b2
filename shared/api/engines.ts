import { z } from 'zod';
import { EngineEntry } from '../engine';
import { checked, query, type ServiceOf } from './define';

/** The engines Berth knows (app-wide: not scoped to one engine). */
export const enginesApi = {
  list: query(null, checked(z.array(EngineEntry))),
};
export type EnginesService = ServiceOf<typeof enginesApi>;
