import { z } from 'zod';
import { PairsRecord } from './pairs';
import { FilePath } from './refs';

/** The engine's rule for a volume name: a letter or digit, then letters, digits, `_`, `.` or `-`; two characters at least. */
export const VolumeName = z.string().max(255).regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/, 'validation.newVolume.name');

/** A container that mounts a volume (running or not): the list links to it. */
export interface VolumeUser { id: string; name: string; running: boolean }

export interface VolumeSummary {
  name: string;
  driver: string;
  mountpoint: string;
  scope: string;
  /** Milliseconds since the epoch; null when the engine does not say. */
  created: number | null;
  labels: Record<string, string>;
  /** Made for a container's anonymous `-v /path` (a 64-hex name), not named by anyone. */
  anonymous: boolean;
  /** The compose project that made it, if any. */
  project: string | null;
  usedBy: VolumeUser[];
}

/** `docker volume create`: an empty name lets the engine choose one. */
export const CreateVolumeInput = z.object({
  name: z.string().max(255).regex(/^$|^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/, 'validation.newVolume.name'),
  driver: z.string().min(1).max(255).regex(/^[a-zA-Z0-9][a-zA-Z0-9_./:-]*$/, 'validation.newVolume.driver'),
  options: PairsRecord,
  labels: PairsRecord,
});
export type CreateVolumeInput = z.infer<typeof CreateVolumeInput>;

export const VolumeRef = z.object({ name: VolumeName });

/** A volume's files to a tar on this computer (gzip-compressed when the name ends in .gz or .tgz). */
export const ExportVolumeInput = z.object({ name: VolumeName, path: FilePath, overwrite: z.boolean() });
/** A tar (plain or gzip) into a new volume, or an existing empty one. */
export const ImportVolumeInput = z.object({ name: VolumeName, path: FilePath });
/** A new volume `to` holding the same files as `name`. */
export const CloneVolumeInput = z.object({ name: VolumeName, to: VolumeName });

const ANONYMOUS = /^[0-9a-f]{64}$/;
export const isAnonymousVolume = (name: string, labels: Record<string, string>): boolean =>
  ANONYMOUS.test(name) || labels['com.docker.volume.anonymous'] !== undefined;
