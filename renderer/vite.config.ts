/**
 * Renderer build: root renderer/, relative base so the bundle loads from file:// (Electron) and from the twin.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // recharts + react-dom make one ~800 kB chunk; irrelevant for an offline app (TOOLCHAIN G11).
    chunkSizeWarningLimit: 2000,
  },
});
