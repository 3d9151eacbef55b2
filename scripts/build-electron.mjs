// Bundles the desktop shell: CommonJS, because a sandboxed preload cannot load ES modules.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', format: 'cjs', sourcemap: true, external: ['electron', 'cpu-features', 'ssh2'] };
await build({ ...common, entryPoints: ['electron/desktop/main.ts'], outfile: 'dist-electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/desktop/preload.ts'], outfile: 'dist-electron/preload.cjs' });
console.log('built dist-electron/main.cjs and preload.cjs');
