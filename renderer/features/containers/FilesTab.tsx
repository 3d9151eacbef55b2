import { useMemo } from 'react';
import type { FileTarget } from '../../../shared/files';
import { FileBrowser } from '../files/FileBrowser';

/** The container's files, running or not (a new target when it starts or stops: what may be changed follows). */
export function FilesTab({ id, name, running }: { id: string; name: string; running: boolean }) {
  const target = useMemo<FileTarget>(() => ({ kind: 'container', id }), [id, running]); // eslint-disable-line react-hooks/exhaustive-deps -- `running` makes a new target on purpose
  return <FileBrowser target={target} label={name} />;
}
