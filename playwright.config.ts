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

/**
 * The preview server's port. `reuseExistingServer` tests whatever already listens there, so two
 * checkouts running e2e at once on one machine must use different ports (E2E_PORT=4174 npm run test:e2e).
 */
const port = Number(process.env.E2E_PORT ?? 4173);
if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`E2E_PORT must be a port number (got "${process.env.E2E_PORT}")`);
const baseURL = `http://127.0.0.1:${port}`;

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
    baseURL,
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
    command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
