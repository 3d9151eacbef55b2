import { describe, expect, it } from 'vitest';
import type { BrowserWindow } from 'electron';
import { electronPathPicker } from './path-picker';

// Electron's dialog module is absent here: a stand-in records what it was asked and answers as the user would.
function fakeDialog(answer: { canceled: boolean; path?: string }) {
  const asked: unknown[][] = [];
  return {
    asked,
    showSaveDialog: async (...args: unknown[]) => { asked.push(['save', ...args]); return { canceled: answer.canceled, filePath: answer.path ?? '' }; },
    showOpenDialog: async (...args: unknown[]) => { asked.push(['open', ...args]); return { canceled: answer.canceled, filePaths: answer.path ? [answer.path] : [] }; },
  };
}

describe('native file dialogs in the desktop app', () => {
  const win = { id: 1 } as unknown as BrowserWindow;
  it('ask where to save, on the window that asked, from the path typed so far', async () => {
    const dialog = fakeDialog({ canceled: false, path: '/home/me/images.tar' });
    const pick = electronPathPicker(dialog as never, () => win);
    expect(await pick({ kind: 'save', defaultPath: '/home/me/x.tar' })).toBe('/home/me/images.tar');
    expect(dialog.asked).toEqual([['save', win, { defaultPath: '/home/me/x.tar' }]]);
  });
  it('open a file or a folder, and give null when cancelled', async () => {
    const dialog = fakeDialog({ canceled: false, path: '/src/app' });
    const pick = electronPathPicker(dialog as never, () => null);
    expect(await pick({ kind: 'directory' })).toBe('/src/app');
    expect(dialog.asked).toEqual([['open', { defaultPath: undefined, properties: ['openDirectory'] }]]);
    expect(await electronPathPicker(fakeDialog({ canceled: true }) as never, () => win)({ kind: 'open' })).toBeNull();
  });
});
