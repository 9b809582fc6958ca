import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The production build the API serves (WEB_DIR, default dist/web); no dev server is needed to use it. */
export default defineConfig({
  root: here,
  base: '/',
  // The one server lib the web may import: the shared vocabulary (statuses, labels, role gates).
  resolve: { alias: { '@hotline/contracts': path.resolve(here, '../../libs/contracts/src/index.ts') } },
  build: {
    outDir: path.resolve(here, '../../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // Mantine marks its modules 'use client' for server components; a client-only bundle has nothing to keep.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
