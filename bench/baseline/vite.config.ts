import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: `${here}/../../bench-dist/baseline`, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
});
