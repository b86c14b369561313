import { defineConfig } from 'vite';

// The Host serves dist/ and proxies nothing: during `npm run dev` the hub lives on the Host's port.
export default defineConfig({
  root: '.',
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: {
    proxy: {
      '/hubs': { target: 'http://localhost:5000', ws: true },
      '/api': 'http://localhost:5000',
    },
  },
});
