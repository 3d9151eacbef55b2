import type { NetworkSummary } from '../../../shared/networks';
import { api } from '../../app/api-client';
import { engineList } from '../../app/engine-list';

/** Each engine's networks, live. */
export const networks = engineList<NetworkSummary>({
  watch: (engine, handlers) => void api.networks.watch.subscribe({ engine }, handlers),
  list: (engine) => api.networks.list.query({ engine }),
  initial: (state) => state.networks,
});
