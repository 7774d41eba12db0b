import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Playwright drives Debian's Chromium (scripts/ensure-chromium.sh installs it): `npx playwright
 * install` downloads browsers, which this network cannot do.
 */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (!existsSync('/usr/bin/chromium') && existsSync('/usr/lib/chromium/chromium')) return '/usr/lib/chromium/chromium';
  return '/usr/bin/chromium';
}

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores: one browser at a time, and the production build is served by one preview server.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  outputDir: 'test-results',
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: 'http://127.0.0.1:4173',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      // No --user-data-dir: Playwright rejects it and already uses a fresh profile. SwiftShader gives
      // WebGL without a GPU (its frame rate measures the CPU rasteriser: never assert on FPS).
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        '--autoplay-policy=no-user-gesture-required',
      ],
    },
  },
  webServer: {
    // The production bundle, as players get it.
    command: 'npx vite build && npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
