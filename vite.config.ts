import { defineConfig } from 'vite';
// '.js': Vite's config loader wants an extension; TypeScript resolves it to the .ts file.
import { serviceWorkerPlugin } from './scripts/vitePluginServiceWorker.js';

export default defineConfig({
  base: './',
  publicDir: 'assets',
  plugins: [serviceWorkerPlugin()],
  build: {
    target: 'es2022',
    // Phaser cannot be tree-shaken (~357 kB gzip): its own long-cached chunk keeps game code updates small.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] } } },
  },
});
