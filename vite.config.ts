import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from app://verbatim/ in Electron and over loopback http in tests, so paths stay relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: false, target: 'chrome130' },
});
