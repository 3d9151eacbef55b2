import type { BrowserWindow, Dialog } from 'electron';
import type { PathPicker } from '../services/host/shell-host';

/** Electron's save and open dialogs, attached to the window that asked when there is one. */
export function electronPathPicker(dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>, focused: () => BrowserWindow | null): PathPicker {
  return async ({ kind, defaultPath }) => {
    const win = focused();
    if (kind === 'save') {
      const saved = win ? await dialog.showSaveDialog(win, { defaultPath }) : await dialog.showSaveDialog({ defaultPath });
      return saved.canceled || !saved.filePath ? null : saved.filePath;
    }
    const options = { defaultPath, properties: [kind === 'directory' ? 'openDirectory' as const : 'openFile' as const] };
    const opened = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return opened.canceled ? null : opened.filePaths[0] ?? null;
  };
}
