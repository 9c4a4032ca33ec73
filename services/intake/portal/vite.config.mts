import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run portal:dev` serves the portal with hot reload and forwards API calls to a running intake.
const intake = process.env.INTAKE_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: dirname(fileURLToPath(import.meta.url)),
  base: '/portal/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/v1': intake, '/portal/api': intake } },
});
