import { defineConfig } from 'vitest/config';

// Replaces (does not merge with) vite.config.ts; only unit tests, never the Playwright specs.
export default defineConfig({
  test: { environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
});
