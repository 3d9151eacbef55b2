import { fail, ok, parseLines, type ParseResult } from './parse-result';

export interface VolumeSpec {
  kind: 'bind' | 'volume';
  source: string;
  target: string;
  readOnly: boolean;
}

const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const WINDOWS_PATH = /^[a-zA-Z]:[\\/]/;
const isAbsolute = (path: string): boolean => path.startsWith('/') || WINDOWS_PATH.test(path);

/** `-v source:target[:ro|rw]`: an absolute source is a bind mount, a name is a named volume. */
export function parseVolumeSpec(spec: string): ParseResult<VolumeSpec> {
  // A Windows drive letter (C:\data) contains a colon of its own: keep it with the source.
  const drive = WINDOWS_PATH.test(spec) ? spec.slice(0, 2) : '';
  const parts = spec.slice(drive.length).split(':');
  parts[0] = drive + parts[0];
  if (parts.length < 2 || parts.length > 3) return fail('validation.volume.format', { value: spec });
  const [source, target, mode] = parts as [string, string, string | undefined];
  if (mode !== undefined && mode !== 'ro' && mode !== 'rw') return fail('validation.volume.mode', { value: mode });
  if (!isAbsolute(target)) return fail('validation.volume.target', { value: target });
  if (isAbsolute(source)) return ok({ kind: 'bind', source, target, readOnly: mode === 'ro' });
  if (!VOLUME_NAME.test(source)) return fail('validation.volume.name', { value: source });
  return ok({ kind: 'volume', source, target, readOnly: mode === 'ro' });
}

export const parseVolumeLines = (text: string): ParseResult<VolumeSpec[]> => parseLines(text, parseVolumeSpec);

/** The engine's `Binds` form of a spec. */
export const toBind = (v: VolumeSpec): string => `${v.source}:${v.target}${v.readOnly ? ':ro' : ''}`;
