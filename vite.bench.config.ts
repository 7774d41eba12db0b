import { defineConfig } from 'vite';

/** Builds the client benchmark page (bench/board.html) as production code, for `npm run bench`. */
export default defineConfig({
  base: './',
  root: 'bench',
  publicDir: false,
  build: {
    outDir: '../dist-bench',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: 'bench/board.html' },
  },
});
