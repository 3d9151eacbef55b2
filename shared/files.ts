import { z } from 'zod';
import { ContainerKey, FilePath } from './refs';
import { VolumeName } from './volumes';

/** Whose files: a container's (running or not), or a volume's (through a stopped helper container that mounts it). */
export const FileTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('container'), id: ContainerKey }),
  z.object({ kind: z.literal('volume'), name: VolumeName }),
]);
export type FileTarget = z.infer<typeof FileTarget>;

/**
 * A path inside the target, as the browser shows it: absolute, `/`-separated. A `..` segment is refused rather than
 * resolved, so no path typed or sent can name anything outside the volume or the container's root.
 */
export function innerPathProblem(path: string): string | null {
  if (!path.startsWith('/')) return 'validation.files.absolute';
  if (path.includes('\0')) return 'validation.path.nullByte';
  if (path.split('/').includes('..')) return 'validation.files.outside';
  return null;
}

/** The same path without empty or `.` segments (`/a//b/./` → `/a/b`); the root is `/`. */
export const normalInnerPath = (path: string): string => `/${path.split('/').filter((s) => s && s !== '.').join('/')}`;

export const InnerPath = z.string().max(4096, { message: 'validation.path.tooLong' })
  .superRefine((path, ctx) => {
    const problem = innerPathProblem(path);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform(normalInnerPath);

/** One name in a folder: not empty, not `.` or `..`, no `/`. */
export function fileNameProblem(name: string): string | null {
  if (!name || name === '.' || name === '..') return 'validation.files.name';
  if (name.includes('/') || name.includes('\0')) return 'validation.files.nameSlash';
  return new TextEncoder().encode(name).length > 255 ? 'validation.path.nameTooLong' : null;
}
export const FileName = z.string().superRefine((name, ctx) => {
  const problem = fileNameProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** The folder part of an inner path (`/a/b` → `/a`; `/` → `/`). */
export const parentOf = (path: string): string => path.slice(0, Math.max(path.lastIndexOf('/'), 0)) || '/';
/** A name under a folder (`/` + `x` → `/x`). */
export const childOf = (folder: string, name: string): string => (folder === '/' ? `/${name}` : `${folder}/${name}`);

export type FileKind = 'file' | 'folder' | 'link' | 'other';

export interface FileEntry {
  name: string;
  kind: FileKind;
  /** Bytes: a file's own, a folder's everything beneath it. */
  size: number;
  /** Permission bits (and setuid/setgid/sticky), as `ls -l` shows them from. */
  mode: number;
  uid: number;
  gid: number;
  /** Milliseconds since the epoch. */
  modified: number;
  /** Where a link points. */
  link?: string;
}

export interface FolderListing {
  path: string;
  entries: FileEntry[];
  /** Stopped reading after this many entries beneath the folder: sizes of folders are then lower bounds. */
  truncated: boolean;
}

export const ListFilesInput = z.object({ target: FileTarget, path: InnerPath });
/** A file (as itself) or a folder (as a tar) to a path on the machine running Berth. */
export const DownloadInput = z.object({ target: FileTarget, path: InnerPath, to: FilePath, overwrite: z.boolean() });
/** Files and folders from the machine running Berth into a folder of the target. */
export const UploadInput = z.object({ target: FileTarget, folder: InnerPath, from: z.array(FilePath).min(1).max(100), overwrite: z.boolean() });
export const MakeFolderInput = z.object({ target: FileTarget, folder: InnerPath, name: FileName });
export const DeleteFilesInput = z.object({ target: FileTarget, paths: z.array(InnerPath).min(1).max(500) });
export const RenameFileInput = z.object({ target: FileTarget, path: InnerPath, name: FileName });

/** What the target allows besides reading and adding: deleting and renaming need a process that can do it. */
export interface FileAbilities {
  /** Null when it can; otherwise why not, as an i18n key. */
  change: string | null;
}
