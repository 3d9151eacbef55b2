import { z } from 'zod';
import type { FileJobEvent } from '../image-files';
import { CloneVolumeInput, CreateVolumeInput, ExportVolumeInput, ImportVolumeInput, VolumeRef, type VolumeSummary } from '../volumes';
import { checked, job, mutation, query, returns, subscription, type ServiceOf } from './define';

/** Volumes: the live list, sizes (on demand: the engine computes them slowly), inspect, create, remove, export, import, clone. */
export const volumesApi = {
  list: query(null, returns<VolumeSummary[]>()),
  watch: subscription(null, returns<VolumeSummary[]>()),
  /** Bytes per volume name, as `docker system df -v` counts them (-1: the driver cannot say). */
  sizes: query(null, checked(z.record(z.string(), z.number()))),
  inspect: query(VolumeRef, returns<unknown>()),
  create: mutation(CreateVolumeInput, checked(z.object({ name: z.string() }))),
  remove: mutation(VolumeRef, returns<void>()),
  export: job(ExportVolumeInput, returns<FileJobEvent>()),
  import: job(ImportVolumeInput, returns<FileJobEvent>()),
  clone: job(CloneVolumeInput, returns<FileJobEvent>()),
};
export type VolumesService = ServiceOf<typeof volumesApi>;
