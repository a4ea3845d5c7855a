// Plain Vite + vite-plugin-electron (the electron-vite CLI refuses a vite.config.ts). The renderer root
// is renderer/ and builds to dist/; main and preload build to dist-electron/. `--mode e2e` builds only
// the renderer, which is all the Chromium end-to-end suite loads.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import electron from 'vite-plugin-electron/simple';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
};
// Runtime dependencies stay in node_modules (electron-builder packs them), so main's bundle stays
// small and libraries with dynamic requires (exceljs) keep working.
const mainExternals = Object.keys(pkg.dependencies).flatMap((name) => [name, new RegExp(`^${name}/`)]);

const fromRoot = (p: string) => path.resolve(import.meta.dirname, p);
const electronOut = fromRoot('dist-electron');

export default defineConfig(async ({ mode }) => ({
  root: path.resolve(import.meta.dirname, 'renderer'),
  base: './',
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    sourcemap: mode === 'e2e',
    target: 'chrome140',
  },
  plugins: [
    react(),
    ...(mode === 'e2e'
      ? []
      : await electron({
          main: {
            // The data checks run in a worker thread; it ships as its own file beside main.js
            // (DatasetWorkerClient looks for dist-electron/datasetWorker.js).
            entry: {
              main: fromRoot('electron/main/index.ts'),
              datasetWorker: fromRoot('electron/main/services/dataset/datasetWorker.ts'),
            },
            vite: { build: { outDir: electronOut, rolldownOptions: { external: mainExternals } } },
          },
          preload: {
            input: { preload: fromRoot('electron/preload/index.ts') },
            vite: {
              build: { outDir: electronOut, rolldownOptions: { output: { entryFileNames: '[name].cjs' } } },
            },
          },
        })),
  ],
}));
