/**
 * Renderer build: root renderer/, relative base so the bundle loads from file:// (Electron) and from the twin.
 * Two pages: the app (index.html) and the print-styled reports the PDF printers load (report.html).
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
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        report: fileURLToPath(new URL('./report.html', import.meta.url)),
      },
    },
  },
});
