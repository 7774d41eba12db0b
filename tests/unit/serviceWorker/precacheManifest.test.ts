import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildPrecacheManifest,
  CACHE_PREFIX,
  filesFromBundle,
  readPublicDir,
  renderServiceWorker,
  serviceWorkerPlugin,
  type BundleLike,
} from '../../../scripts/vitePluginServiceWorker';

/** What Rolldown hands generateBundle for this game: entry, lazy chunks, CSS, index.html. */
function fakeBundle(): BundleLike {
  const chunk = (fileName: string, code = `/* ${fileName} */`) => ({ type: 'chunk' as const, fileName, code });
  const asset = (fileName: string, source: string | Uint8Array = `/* ${fileName} */`) => ({ type: 'asset' as const, fileName, source });
  const files = [
    chunk('assets/index-AAAA.js'),
    chunk('assets/phaser-BBBB.js'),
    chunk('assets/phaserBoard-CCCC.js'),
    chunk('assets/uPlot.esm-DDDD.js'),
    chunk('assets/howler-EEEE.js'),
    asset('assets/index-FFFF.css'),
    asset('assets/uPlot-GGGG.css'),
    asset('index.html', '<!doctype html><script type="module" src="./assets/index-AAAA.js"></script>'),
    asset('assets/index-AAAA.js.map', '{}'),
  ];
  return Object.fromEntries(files.map((f) => [f.fileName, f]));
}

const publicFiles = [
  { fileName: 'audio/launch.wav', content: new Uint8Array([82, 73, 70, 70, 1]) },
  { fileName: 'audio/ambient-loop.wav', content: new Uint8Array([82, 73, 70, 70, 2]) },
  { fileName: 'fonts/Inter Regular.woff2', content: new Uint8Array([3]) },
  { fileName: 'CREDITS.md', content: '# Credits' },
  { fileName: '.DS_Store', content: 'junk' },
];

describe('the precache list', () => {
  const manifest = buildPrecacheManifest([...publicFiles, ...filesFromBundle(fakeBundle())]);

  it('holds every emitted chunk and asset, index.html, and every public file, as sorted ./-relative URLs', () => {
    expect(manifest.urls).toEqual([
      './CREDITS.md',
      './assets/howler-EEEE.js',
      './assets/index-AAAA.js',
      './assets/index-FFFF.css',
      './assets/phaser-BBBB.js',
      './assets/phaserBoard-CCCC.js',
      './assets/uPlot-GGGG.css',
      './assets/uPlot.esm-DDDD.js',
      './audio/ambient-loop.wav',
      './audio/launch.wav',
      './fonts/Inter%20Regular.woff2',
      './index.html',
    ]);
  });

  it('leaves out source maps, dotfiles and the service worker itself', () => {
    const withWorker = buildPrecacheManifest([...publicFiles, { fileName: 'sw.js', content: 'x' }, ...filesFromBundle(fakeBundle())]);
    expect(withWorker.urls).toEqual(manifest.urls);
    expect(withWorker.cacheName).toBe(manifest.cacheName);
    expect(manifest.urls.some((u) => u.endsWith('.map') || u.includes('/.') || u.endsWith('sw.js'))).toBe(false);
  });

  it('lists a file once when the bundle overwrites a public file of the same name (the later one counts)', () => {
    const m = buildPrecacheManifest([
      { fileName: 'index.html', content: 'public copy' },
      { fileName: 'audio/win.wav', content: 'w' },
      { fileName: 'index.html', content: 'built' },
    ]);
    expect(m.urls).toEqual(['./audio/win.wav', './index.html']);
    expect(m.cacheName).toBe(buildPrecacheManifest([{ fileName: 'audio/win.wav', content: 'w' }, { fileName: 'index.html', content: 'built' }]).cacheName);
  });
});

describe('the cache name', () => {
  const base = [...publicFiles, ...filesFromBundle(fakeBundle())];
  const name = buildPrecacheManifest(base).cacheName;

  it('is the app prefix and a hash', () => {
    expect(name).toMatch(new RegExp(`^${CACHE_PREFIX}[0-9a-f]{16}$`));
  });

  it('does not depend on the order the bundle lists its files in', () => {
    expect(buildPrecacheManifest([...base].reverse()).cacheName).toBe(name);
  });

  it('changes when a file is added, removed or renamed (a new build gets a new cache)', () => {
    expect(buildPrecacheManifest([...base, { fileName: 'audio/new.wav', content: 'n' }]).cacheName).not.toBe(name);
    expect(buildPrecacheManifest(base.filter((f) => f.fileName !== 'audio/launch.wav')).cacheName).not.toBe(name);
    const renamed = base.map((f) => (f.fileName === 'assets/index-AAAA.js' ? { ...f, fileName: 'assets/index-ZZZZ.js' } : f));
    expect(buildPrecacheManifest(renamed).cacheName).not.toBe(name);
  });

  it('changes when a file keeps its name but not its content (public files have no hash in their names)', () => {
    const edited = base.map((f) => (f.fileName === 'audio/launch.wav' ? { ...f, content: new Uint8Array([9]) } : f));
    expect(buildPrecacheManifest(edited).cacheName).not.toBe(name);
  });
});

describe('the sw.js text', () => {
  const manifest = buildPrecacheManifest([...publicFiles, ...filesFromBundle(fakeBundle())]);
  const text = renderServiceWorker(manifest);

  it('is a script that parses, with the list and the cache name baked in as data', () => {
    expect(() => new Function(text)).not.toThrow();
    expect(text).toContain(JSON.stringify(manifest.cacheName));
    expect(text).toContain(JSON.stringify(manifest.urls, null, 2));
  });

  it('is the same for the same build', () => {
    expect(renderServiceWorker(buildPrecacheManifest([...publicFiles, ...filesFromBundle(fakeBundle())]))).toBe(text);
  });

  it('never names an absolute path or an origin (the bundle works under any path)', () => {
    expect(text).not.toMatch(/["']\/(?!\/)[\w-]/);
    expect(text).not.toMatch(/https?:\/\//);
  });
});

describe('the Vite plugin', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function publicDir(): string {
    dir = mkdtempSync(join(tmpdir(), 'sw-public-'));
    mkdirSync(join(dir, 'audio'));
    writeFileSync(join(dir, 'audio', 'launch.wav'), 'RIFF');
    writeFileSync(join(dir, 'audio', 'win.wav'), 'RIFF');
    writeFileSync(join(dir, 'CREDITS.md'), '# Credits');
    return dir;
  }

  it('reads the public dir recursively, with /-separated relative names', () => {
    expect(readPublicDir(publicDir()).map((f) => f.fileName).sort()).toEqual(['CREDITS.md', 'audio/launch.wav', 'audio/win.wav']);
    expect(readPublicDir(join(dir, 'missing'))).toEqual([]);
  });

  type Hook = (this: unknown, ...args: unknown[]) => void;
  function run(config: { publicDir: string; build: { copyPublicDir: boolean } }): { fileName: string; source: string }[] {
    const plugin = serviceWorkerPlugin();
    expect(plugin.apply).toBe('build');
    (plugin.configResolved as Hook).call({}, config);
    const hook = plugin.generateBundle as { order: string; handler: Hook };
    expect(hook.order).toBe('post');
    const emitted: { fileName: string; source: string }[] = [];
    hook.handler.call({ emitFile: (file: { fileName: string; source: string }) => emitted.push(file) }, {}, fakeBundle(), true);
    return emitted;
  }

  it('emits sw.js at the root, precaching the bundle and the public dir', () => {
    const emitted = run({ publicDir: publicDir(), build: { copyPublicDir: true } });
    expect(emitted.map((f) => f.fileName)).toEqual(['sw.js']);
    const source = emitted[0]!.source;
    for (const url of ['./index.html', './assets/phaser-BBBB.js', './assets/uPlot.esm-DDDD.js', './assets/howler-EEEE.js', './audio/launch.wav', './audio/win.wav', './CREDITS.md']) {
      expect(source).toContain(JSON.stringify(url));
    }
  });

  it('leaves the public dir out when the build does not copy it', () => {
    const [sw] = run({ publicDir: publicDir(), build: { copyPublicDir: false } });
    expect(sw!.source).not.toContain('./audio/launch.wav');
    expect(sw!.source).toContain('./assets/index-AAAA.js');
  });
});
