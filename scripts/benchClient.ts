/**
 * Client figures for `npm run bench`:
 * - bundle size of the production build (gzip), first load (what index.html pulls in eagerly) and total;
 * - main-thread time per frame drawing the board with 300 and 1,000 instances at full traffic in
 *   headless Chromium, next to a bare Phaser scene drawing the same number of objects in the same run.
 * Per-frame time is Chromium's own ScriptDuration (main-thread JavaScript) over a measured window,
 * divided by the frames the page drew in it; TaskDuration (every main-thread task) is printed too,
 * but in headless Chromium it is dominated by waiting on the software WebGL rasteriser (SwiftShader),
 * for the bare scene as much as for the board, so it measures the machine, not the game.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '/usr/lib/chromium/chromium');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

function bundleSizes(): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  const html = readFileSync('dist/index.html', 'utf8');
  const eager = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const files = readdirSync('dist/assets').map((f) => join('dist/assets', f));
  const gz = (f: string) => gzipSync(readFileSync(f)).length;
  const firstLoad = gz('dist/index.html') + eager.reduce((n, f) => n + gz(join('dist', f)), 0);
  const jsCss = files.filter((f) => /\.(js|css)$/.test(f));
  const total = gz('dist/index.html') + jsCss.reduce((n, f) => n + gz(f), 0);
  const audio = existsSync('dist/audio') ? readdirSync('dist/audio').reduce((n, f) => n + statSync(join('dist/audio', f)).size, 0) : 0;
  console.log(JSON.stringify({ case: 'bundle', firstLoadKBgzip: Math.round(firstLoad / 102.4) / 10, totalKBgzip: Math.round(total / 102.4) / 10, audioKB: Math.round(audio / 1024), chunks: jsCss.length }));
}

async function frameCosts(): Promise<void> {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.bench.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
  const port = 4390;
  // Vite's own binary, not npx, so killing this process stops the server.
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--config', 'vite.bench.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  try {
    await waitForServer(`http://127.0.0.1:${port}/board.html`);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    for (const instances of [300, 1000]) {
      const figures: Record<string, number> = {};
      for (const mode of ['bare', 'board']) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(`http://127.0.0.1:${port}/board.html?instances=${instances}&mode=${mode}`);
        await page.waitForFunction(() => window.__bench?.ready === true, undefined, { timeout: 60_000 });
        await page.waitForTimeout(1500);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Performance.enable');
        const metric = async () => {
          const { metrics } = await cdp.send('Performance.getMetrics');
          const get = (name: string) => metrics.find((m) => m.name === name)!.value;
          return { task: get('TaskDuration'), script: get('ScriptDuration') };
        };
        const f0 = await page.evaluate(() => window.__bench!.frames());
        const t0 = await metric();
        await page.waitForTimeout(4000);
        const f1 = await page.evaluate(() => window.__bench!.frames());
        const t1 = await metric();
        const frames = f1 - f0;
        // ScriptDuration: JavaScript on the main thread (our work and Phaser's). TaskDuration: all main-
        // thread tasks, which in headless Chromium includes waiting on the software WebGL rasteriser.
        figures[mode] = frames > 0 ? ((t1.script - t0.script) * 1000) / frames : Number.NaN;
        figures[`${mode}Task`] = frames > 0 ? ((t1.task - t0.task) * 1000) / frames : Number.NaN;
        figures[`${mode}Frames`] = frames;
        await page.close();
      }
      console.log(
        JSON.stringify({
          case: `board-frame-${instances}`,
          instances,
          boardScriptMsPerFrame: round(figures.board!),
          bareScriptMsPerFrame: round(figures.bare!),
          ratio: round(figures.board! / figures.bare!),
          boardTaskMsPerFrame: round(figures.boardTask!),
          bareTaskMsPerFrame: round(figures.bareTask!),
          boardFrames: figures.boardFrames,
          bareFrames: figures.bareFrames,
        }),
      );
    }
    await browser.close();
  } finally {
    server.kill();
  }
}

const round = (v: number) => Math.round(v * 100) / 100;

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the benchmark server did not start at ${url}`);
}

bundleSizes();
await frameCosts();
