import { z } from 'zod';

/** A native file dialog's request: a file to write, a file to read, or a folder. */
export const PathRequest = z.object({ kind: z.enum(['save', 'open', 'directory']), defaultPath: z.string().max(4096).optional() });
export type PathRequest = z.infer<typeof PathRequest>;

/** What the shell serving the page can do beyond the API both shells share. */
export interface HostFeatures {
  /** Native file dialogs (the desktop app); in a browser page paths are typed. */
  pickPath: boolean;
}
