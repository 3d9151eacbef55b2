import { z } from 'zod';

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

/** Keys of driver options and labels: no spaces, no `=`; values up to 4 kB. */
const Pairs = z.record(z.string().min(1).max(255).regex(/^[^=\s]+$/, 'validation.newVolume.key'), z.string().max(4096));

/** `docker volume create`: an empty name lets the engine choose one. */
export const CreateVolumeInput = z.object({
  name: z.union([z.literal(''), VolumeName]),
  driver: z.string().min(1).max(255).regex(/^[a-zA-Z0-9][a-zA-Z0-9_./:-]*$/, 'validation.newVolume.driver'),
  options: Pairs,
  labels: Pairs,
});
export type CreateVolumeInput = z.infer<typeof CreateVolumeInput>;

export const VolumeRef = z.object({ name: VolumeName });

const ANONYMOUS = /^[0-9a-f]{64}$/;
export const isAnonymousVolume = (name: string, labels: Record<string, string>): boolean =>
  ANONYMOUS.test(name) || labels['com.docker.volume.anonymous'] !== undefined;

/** "key=value" lines (blank lines skipped) as a record; the first line that is not a pair, by its number (from 1). */
export function parsePairs(text: string): { pairs: Record<string, string>; badLine: number | null } {
  const pairs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) return { pairs, badLine: i + 1 };
    pairs[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return { pairs, badLine: null };
}
