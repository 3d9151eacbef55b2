import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** codemirror-json-schema renders schema docs as Markdown with shiki; ours are plain text (renderer/features/daemon/plain-markdown.ts). */
const plainSchemaDocs = (): Plugin => ({
  name: 'berth-plain-schema-docs',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === '../utils/markdown' && importer?.includes(`${path.sep}codemirror-json-schema${path.sep}`)) {
      return path.resolve(import.meta.dirname, 'renderer/features/daemon/plain-markdown.ts');
    }
    return null;
  },
});

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [plainSchemaDocs(), react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
});
