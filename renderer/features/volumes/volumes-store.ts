import type { VolumeSummary } from '../../../shared/volumes';
import { api } from '../../app/api-client';
import { engineList } from '../../app/engine-list';

/** Each engine's volumes, live. */
export const volumes = engineList<VolumeSummary>({
  watch: (engine, handlers) => void api.volumes.watch.subscribe({ engine }, handlers),
  list: (engine) => api.volumes.list.query({ engine }),
  initial: (state) => state.volumes,
});
