import type { FileKind } from '../../../shared/files';

const TYPE: Record<FileKind, string> = { file: '-', folder: 'd', link: 'l', other: '?' };

/** `ls -l`'s permission string: `drwxr-sr-x`, with setuid/setgid/sticky where they are. */
export function modeString(kind: FileKind, mode: number): string {
  const bits = (shift: number, special: boolean, mark: string) => {
    const part = (mode >> shift) & 7;
    const exec = part & 1 ? (special ? mark : 'x') : special ? mark.toUpperCase() : '-';
    return `${part & 4 ? 'r' : '-'}${part & 2 ? 'w' : '-'}${exec}`;
  };
  return TYPE[kind] + bits(6, (mode & 0o4000) !== 0, 's') + bits(3, (mode & 0o2000) !== 0, 's') + bits(0, (mode & 0o1000) !== 0, 't');
}
