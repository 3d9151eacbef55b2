import { readFileSync } from 'node:fs';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

// electron-builder's own loader and schema: what `npm run dist` would read, checked without packaging (which needs
// the Electron runtime download, unavailable here).
const load = () => getConfig(process.cwd(), 'electron-builder.yml', null);

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema and targets dmg, nsis and AppImage', async () => {
    const config = await load();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.appId).toBe('dev.berth.app');
    expect([config.mac?.target, config.win?.target, config.linux?.target]).toEqual(['dmg', 'nsis', 'AppImage']);
  });

  it('is checked for real: a misplaced option is refused', async () => {
    const config = { ...(await load()), dmgTitle: 'oops' } as Parameters<typeof validateConfiguration>[0];
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/dmgTitle/);
  });

  it('uses a PNG icon of at least 512 × 512 (macOS needs it)', () => {
    const png = readFileSync('assets/icon.png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)].every((side) => side >= 512)).toBe(true);
  });
});
