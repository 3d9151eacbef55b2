import type { BerthServices } from '../../../shared/api/app';
import { BerthError } from '../../../shared/errors';
import type { PathRequest } from '../../../shared/host';
import { type ScreenReaderSource, UNREPORTED_SCREEN_READER, watchScreenReader } from './screen-reader';

/** A native file dialog: the chosen path, or null when the user cancels. */
export type PathPicker = (request: PathRequest) => Promise<string | null>;

/** What only some shells have: the desktop app reports a screen reader and has file dialogs; a browser page neither. */
export interface ShellHost {
  screenReader: ScreenReaderSource;
  pickPath: PathPicker | null;
}

export const BROWSER_PAGE_HOST: ShellHost = { screenReader: UNREPORTED_SCREEN_READER, pickPath: null };

export function createHostService(host: ShellHost): BerthServices['host'] {
  return {
    screenReader: (signal) => watchScreenReader(host.screenReader, signal),
    features: () => ({ pickPath: host.pickPath !== null }),
    pickPath: async (request) => {
      if (!host.pickPath) throw new BerthError({ code: 'INVALID_INPUT', message: { key: 'errors.host.noFileDialog' } });
      return host.pickPath(request);
    },
  };
}
