import { describe, expect, it } from 'vitest';
import { buildPrecacheManifest, CACHE_PREFIX, renderServiceWorker } from '../../../scripts/vitePluginServiceWorker';

/**
 * Runs the generated sw.js in a fake service worker global scope (Node has fetch's Request and
 * Response): a Map-backed CacheStorage, a scripted network, and events with waitUntil/respondWith.
 */

type Network = (url: string, init?: RequestInit) => Promise<Response>;
type Listener = (event: unknown) => void;

class FakeCacheStorage {
  readonly stores = new Map<string, Map<string, Response>>();
  async open(name: string) {
    let store = this.stores.get(name);
    if (!store) this.stores.set(name, (store = new Map()));
    const s = store;
    return {
      put: async (url: string, response: Response) => void s.set(url, response),
      match: async (url: string) => s.get(url)?.clone(),
    };
  }
  async keys() {
    return [...this.stores.keys()];
  }
  async delete(name: string) {
    return this.stores.delete(name);
  }
  async match(url: string) {
    for (const store of this.stores.values()) {
      const hit = store.get(url);
      if (hit) return hit.clone();
    }
    return undefined;
  }
}

const FILES = ['./index.html', './assets/index-AAAA.js', './assets/phaser-BBBB.js', './audio/launch.wav'];

function worker(options: { location?: string; network?: Network } = {}) {
  const location = options.location ?? 'https://school.example/games/blast/sw.js';
  const manifest = buildPrecacheManifest(FILES.map((url) => ({ fileName: url.slice(2), content: url })));
  const caches = new FakeCacheStorage();
  const requests: { url: string; cache?: RequestCache | undefined }[] = [];
  let online = true;
  const network: Network =
    options.network ??
    (async (url) => {
      if (!online) throw new TypeError('Failed to fetch');
      return new Response(`network:${new URL(url).pathname}`, { status: new URL(url).pathname.endsWith('missing') ? 404 : 200 });
    });
  const fetch = (input: string | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input.url;
    requests.push({ url, cache: init?.cache });
    return network(url, init);
  };
  const listeners = new Map<string, Listener>();
  let claimed = 0;
  let skipped = 0;
  const self = {
    location: new URL(location),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    clients: { claim: async () => void (claimed += 1) },
    skipWaiting: async () => void (skipped += 1),
  };
  new Function('self', 'caches', 'fetch', renderServiceWorker(manifest))(self, caches, fetch);

  /** Fires an extendable event; resolves when its waitUntil promise settles. */
  const extendable = async (type: string) => {
    let wait: Promise<unknown> = Promise.resolve();
    listeners.get(type)!({ waitUntil: (p: Promise<unknown>) => (wait = p) });
    await wait;
  };
  /** Fires a fetch event: the response promise, or null when the worker leaves the request to the browser. */
  const request = (url: string, init: { method?: string; mode?: 'navigate' | 'cors' | 'no-cors' | 'same-origin' } = {}) => {
    let response: Promise<Response> | null = null;
    const req = { url: new URL(url, location).href, method: init.method ?? 'GET', mode: init.mode ?? 'cors' };
    listeners.get('fetch')!({ request: req, respondWith: (r: Promise<Response>) => (response = r) });
    return response as Promise<Response> | null;
  };
  return {
    manifest,
    caches,
    requests,
    install: () => extendable('install'),
    activate: () => extendable('activate'),
    request,
    claimed: () => claimed,
    skipped: () => skipped,
    goOffline: () => void (online = false),
  };
}

describe('the generated service worker', () => {
  it('precaches every listed file on install, relative to its own URL, bypassing the HTTP cache', async () => {
    const sw = worker();
    await sw.install();
    const store = sw.caches.stores.get(sw.manifest.cacheName)!;
    expect([...store.keys()].sort()).toEqual(
      [
        'https://school.example/games/blast/assets/index-AAAA.js',
        'https://school.example/games/blast/assets/phaser-BBBB.js',
        'https://school.example/games/blast/audio/launch.wav',
        'https://school.example/games/blast/index.html',
      ].sort(),
    );
    expect(sw.requests.every((r) => r.cache === 'reload')).toBe(true);
  });

  it('fails the install and leaves no half-filled cache when a file is missing', async () => {
    const sw = worker({
      network: async (url) => new Response('', { status: url.endsWith('launch.wav') ? 404 : 200 }),
    });
    await expect(sw.install()).rejects.toThrow(/launch\.wav.*404/);
    expect(sw.caches.stores.has(sw.manifest.cacheName)).toBe(false);
  });

  it('on activate keeps the previous build\'s cache, deletes older ones, keeps other caches of the origin, and claims open pages', async () => {
    const sw = worker();
    await sw.caches.open(`${CACHE_PREFIX}0000000000000000`);
    await sw.caches.open('someone-elses-cache');
    await sw.caches.open(`${CACHE_PREFIX}1111111111111111`);
    await sw.install();
    await sw.activate();
    expect((await sw.caches.keys()).sort()).toEqual([sw.manifest.cacheName, `${CACHE_PREFIX}1111111111111111`, 'someone-elses-cache'].sort());
    expect(sw.claimed()).toBe(1);
  });

  it('takes over as soon as its build is cached, so the next reload (offline too) is the new version (it waited for every tab to close)', async () => {
    const sw = worker();
    await sw.install();
    expect(sw.skipped()).toBe(1);
    const failing = worker({ network: async () => new Response('', { status: 404 }) });
    await expect(failing.install()).rejects.toThrow();
    expect(failing.skipped()).toBe(0);
  });

  it('serves a page of the previous build its lazy chunk from the previous cache, offline', async () => {
    const sw = worker();
    const old = await sw.caches.open(`${CACHE_PREFIX}1111111111111111`);
    await old.put('https://school.example/games/blast/assets/phaserBoard-OLD.js', new Response('old board chunk'));
    await sw.install();
    await sw.activate();
    sw.goOffline();
    expect(await (await sw.request('./assets/phaserBoard-OLD.js'))!.text()).toBe('old board chunk');
  });

  it('serves precached files from the cache, offline too', async () => {
    const sw = worker();
    await sw.install();
    sw.goOffline();
    const before = sw.requests.length;
    const response = await sw.request('./audio/launch.wav')!;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('network:/games/blast/audio/launch.wav');
    expect(await (await sw.request('https://school.example/games/blast/assets/phaser-BBBB.js'))!.text()).toContain('phaser-BBBB');
    expect(sw.requests.length).toBe(before);
  });

  it('falls back to the network for a precached file the cache lost', async () => {
    const sw = worker();
    await sw.install();
    sw.caches.stores.get(sw.manifest.cacheName)!.delete('https://school.example/games/blast/assets/index-AAAA.js');
    expect(await (await sw.request('./assets/index-AAAA.js'))!.text()).toBe('network:/games/blast/assets/index-AAAA.js');
  });

  it('answers navigations from the network when online, and with the cached index.html when offline', async () => {
    const sw = worker();
    await sw.install();
    expect(await (await sw.request('./?test=1', { mode: 'navigate' }))!.text()).toBe('network:/games/blast/');
    sw.goOffline();
    const offline = await sw.request('./?test=1', { mode: 'navigate' })!;
    expect(await offline.text()).toBe('network:/games/blast/index.html');
  });

  it('lets an offline navigation fail when nothing is cached yet', async () => {
    const sw = worker();
    sw.goOffline();
    await expect(sw.request('./', { mode: 'navigate' })!).rejects.toThrow(/Failed to fetch/);
  });

  it('leaves non-GET, cross-origin and unlisted requests to the browser', async () => {
    const sw = worker();
    await sw.install();
    expect(sw.request('./index.html', { method: 'POST' })).toBeNull();
    expect(sw.request('https://cdn.example/games/blast/audio/launch.wav')).toBeNull();
    expect(sw.request('https://cdn.example/', { mode: 'navigate' })).toBeNull();
    expect(sw.request('./levels/custom.json')).toBeNull();
    expect(sw.request('./audio/launch.wav?v=2')).toBeNull();
    expect(sw.request('../other-app/index.html')).toBeNull();
  });
});
