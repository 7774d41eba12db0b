import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  publicDir: 'assets',
  build: {
    target: 'es2022',
    // Phaser cannot be tree-shaken (~357 kB gzip): its own long-cached chunk keeps game code updates small.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] } } },
  },
});
