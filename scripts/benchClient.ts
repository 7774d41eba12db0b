/**
 * Client figures for `npm run bench`:
 * - bundle size of the production build (gzip), first load (what index.html pulls in eagerly) and total;
 * - main-thread time per frame drawing the board with 300 and 1,000 instances at full traffic in
 *   headless Chromium, next to a bare Phaser scene drawing the same objects (counted from the board
 *   in the same run: static bobs, moving bobs, Texts, Images, Graphics) with no game logic.
 * Per-frame time is Chromium's own ScriptDuration (main-thread JavaScript) over a measured window,
 * divided by the frames the page drew in it. The board page steps the simulation one second per
 * frame (the game at 1×) and times those steps: `boardMsPerFrame` is the board's own share (script
 * minus simulation), `ratio` compares it with the bare scene, and the figures with the simulation
 * left in are printed beside them. TaskDuration (every main-thread task) is printed too,
 * but in headless Chromium it is dominated by waiting on the software WebGL rasteriser (SwiftShader),
 * for the bare scene as much as for the board, so it measures the machine, not the game.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import type { DrawnObjects } from '../src/view/board/boardApi';

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

/** One measured window of a bench page: per-frame figures over MEASURE_MS after a warm-up. */
interface Measured {
  scriptMs: number;
  taskMs: number;
  simMs: number;
  frames: number;
  drawn: DrawnObjects | null;
}

const WARM_MS = 4000;
const MEASURE_MS = Number(process.env.BENCH_MEASURE_MS ?? 6000);
/** Board and bare alternate this many times per size; medians are reported, ranges beside them. */
const REPS = Number(process.env.BENCH_REPS ?? 7);
/** Estate sizes measured (BENCH_SIZES=1000 narrows a run while profiling). */
const SIZES = (process.env.BENCH_SIZES ?? '300,1000').split(',').map(Number);

async function measure(browser: Browser, url: string): Promise<Measured> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__bench?.ready === true, undefined, { timeout: 60_000 });
    await page.waitForTimeout(WARM_MS);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const sample = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (name: string) => metrics.find((m) => m.name === name)!.value;
      const b = await page.evaluate(() => ({ frames: window.__bench!.frames(), simMs: window.__bench!.simMs() }));
      return { task: get('TaskDuration'), script: get('ScriptDuration'), ...b };
    };
    const s0 = await sample();
    await page.waitForTimeout(MEASURE_MS / 2);
    // What the board draws, halfway through the window (particles come and go).
    const drawn = await page.evaluate(() => window.__bench!.drawn());
    await page.waitForTimeout(MEASURE_MS / 2);
    const s1 = await sample();
    const frames = s1.frames - s0.frames;
    const per = (v: number) => (frames > 0 ? v / frames : Number.NaN);
    return { scriptMs: per((s1.script - s0.script) * 1000), taskMs: per((s1.task - s0.task) * 1000), simMs: per(s1.simMs - s0.simMs), frames, drawn };
  } finally {
    await page.close();
  }
}

async function frameCosts(): Promise<void> {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.bench.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
  const port = 4390;
  // Vite's own binary, not npx, so killing this process stops the server.
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--config', 'vite.bench.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  try {
    const base = `http://127.0.0.1:${port}/board.html`;
    await waitForServer(base);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    for (const instances of SIZES) {
      const boards: Measured[] = [];
      const bares: Measured[] = [];
      for (let rep = 0; rep < REPS; rep++) {
        const board = await measure(browser, `${base}?instances=${instances}&mode=board`);
        if (!board.drawn) throw new Error('the board page did not report what it draws');
        // The bare scene draws what this board run drew, in the same browser, straight after it.
        const q = Object.entries(board.drawn).map(([k, v]) => `${k}=${v}`).join('&');
        const bare = await measure(browser, `${base}?mode=bare&${q}`);
        boards.push(board);
        bares.push(bare);
      }
      // The board's own share of a frame: all main-thread JavaScript minus the simulation steps
      // (timed in the page), which are game logic measured by the simulation benchmark above.
      const own = boards.map((b) => b.scriptMs - b.simMs);
      const ratios = own.map((o, i) => o / bares[i]!.scriptMs);
      const totals = boards.map((b, i) => b.scriptMs / bares[i]!.scriptMs);
      console.log(
        JSON.stringify({
          case: `board-frame-${instances}`,
          instances,
          reps: REPS,
          boardMsPerFrame: round(median(own)),
          bareMsPerFrame: round(median(bares.map((b) => b.scriptMs))),
          ratio: round(median(ratios)),
          ratioRange: [round(Math.min(...ratios)), round(Math.max(...ratios))],
          boardRuns: own.map(round),
          bareRuns: bares.map((b) => round(b.scriptMs)),
          simMsPerFrame: round(median(boards.map((b) => b.simMs))),
          boardWithSimMsPerFrame: round(median(boards.map((b) => b.scriptMs))),
          ratioWithSim: round(median(totals)),
          boardTaskMsPerFrame: round(median(boards.map((b) => b.taskMs))),
          bareTaskMsPerFrame: round(median(bares.map((b) => b.taskMs))),
          boardFrames: boards.map((b) => b.frames),
          bareFrames: bares.map((b) => b.frames),
          drawn: boards[Math.floor(REPS / 2)]!.drawn,
        }),
      );
    }
    await browser.close();
  } finally {
    server.kill();
  }
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
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

if (process.env.BENCH_SKIP_BUNDLE !== '1') bundleSizes();
await frameCosts();
