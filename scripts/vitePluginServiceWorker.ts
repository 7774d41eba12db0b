/**
 * Offline play: a Vite plugin that writes `sw.js` at the root of the production bundle.
 *
 * The service worker precaches every file the build emits (the entry and the lazy Phaser, uPlot and
 * Howler chunks, CSS, index.html) and every file copied from the public dir (the audio/*.wav and
 * anything else in it). Its cache name carries a hash of that list and of each file's content, so
 * every build that changes anything gets a new cache, and the old ones are deleted on activate.
 *
 * Strategy (see renderServiceWorker): precache on install; cache-first for precached same-origin
 * GETs; network-first with the precached index.html as fallback for navigations; everything else
 * (cross-origin, non-GET, not precached) is left alone. URLs are relative to sw.js, which sits next to
 * index.html, so the bundle works under any path (base is './').
 *
 * The pure part (the list, the hash, the sw.js text) is exported for the unit tests.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

/** The service worker's file name, at the root of the output dir (its scope is that dir). */
export const SERVICE_WORKER_FILE = 'sw.js';
/** Prefix of the cache names this worker owns: activate deletes only these, never another app's caches. */
export const CACHE_PREFIX = 'blast-radius-precache-';
/** Served for a navigation when the network fails. */
export const NAVIGATION_FALLBACK = './index.html';

/** One file of the bundle: its path relative to the output dir ('/'-separated) and its bytes. */
export interface BundleFile {
  fileName: string;
  content: string | Uint8Array;
}

/** The slice of Rolldown's OutputBundle the plugin reads (a fake bundle in the unit tests). */
export type BundleLike = Record<
  string,
  { type: 'chunk'; fileName: string; code: string } | { type: 'asset'; fileName: string; source: string | Uint8Array }
>;

export interface PrecacheManifest {
  /** './'-relative URLs, sorted, unique. */
  urls: string[];
  /** Derived from the URLs and the content of each file. */
  cacheName: string;
}

/** The files of a bundle as Rolldown hands it to generateBundle. */
export function filesFromBundle(bundle: BundleLike): BundleFile[] {
  return Object.values(bundle).map((out) =>
    out.type === 'chunk' ? { fileName: out.fileName, content: out.code } : { fileName: out.fileName, content: out.source },
  );
}

/** Files that are not worth precaching: source maps, dotfiles (.DS_Store), and the worker itself. */
export function isPrecacheable(fileName: string): boolean {
  const segments = fileName.split('/');
  if (segments.some((s) => s.startsWith('.') || s === '')) return false;
  return fileName !== SERVICE_WORKER_FILE && !fileName.endsWith('.map');
}

/** 'audio/ui click.wav' → './audio/ui%20click.wav' (each segment URL-encoded). */
export function toRelativeUrl(fileName: string): string {
  return `./${fileName.split('/').map(encodeURIComponent).join('/')}`;
}

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * The precache list and the cache name. A file present twice (emitted and in the public dir) counts
 * once, the emitted version winning, as it would overwrite the copy in the output dir.
 */
export function buildPrecacheManifest(files: readonly BundleFile[]): PrecacheManifest {
  const byUrl = new Map<string, string>();
  for (const file of files) {
    if (!isPrecacheable(file.fileName)) continue;
    byUrl.set(toRelativeUrl(file.fileName), sha256(file.content));
  }
  const urls = [...byUrl.keys()].sort();
  const listing = urls.map((url) => `${url} ${byUrl.get(url)}`).join('\n');
  return { urls, cacheName: `${CACHE_PREFIX}${sha256(listing).slice(0, 16)}` };
}

/** The text of sw.js: a classic worker script with the list and the cache name baked in. */
export function renderServiceWorker(manifest: PrecacheManifest): string {
  return `/* Generated at build time by scripts/vitePluginServiceWorker.ts: do not edit. */
'use strict';
const CACHE_PREFIX = ${JSON.stringify(CACHE_PREFIX)};
const CACHE_NAME = ${JSON.stringify(manifest.cacheName)};
const PRECACHE = ${JSON.stringify(manifest.urls, null, 2)};
// sw.js sits next to index.html: its own URL is the base, so the bundle works under any path.
const BASE = self.location.href;
const PRECACHED = new Set(PRECACHE.map((path) => new URL(path, BASE).href));
const FALLBACK = new URL(${JSON.stringify(NAVIGATION_FALLBACK)}, BASE).href;
// Where a build's hashed files live: an earlier build's may still be asked for by an open page.
const ASSETS = new URL('./assets/', BASE).href;

/** A redirected response cannot answer a navigation: keep the body and headers, drop the redirect. */
async function storable(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function precache() {
  const cache = await caches.open(CACHE_NAME);
  try {
    await Promise.all(
      PRECACHE.map(async (path) => {
        const url = new URL(path, BASE).href;
        // 'reload' skips the HTTP cache, so a stale copy cannot land in a new build's cache.
        const response = await fetch(url, { cache: 'reload', credentials: 'same-origin' });
        if (!response.ok) throw new Error('precache: ' + path + ' answered HTTP ' + response.status);
        await cache.put(url, await storable(response));
      }),
    );
  } catch (error) {
    // All or nothing: a half-filled cache must not be mistaken for a complete one on the next try.
    await caches.delete(CACHE_NAME);
    throw error;
  }
}

// Keeps this build's cache and the one before it (a page still running the previous build may yet
// load one of its lazy chunks, offline too); older ones go. Cache names are never reused, so the
// newest other one is the last in creation order.
async function deleteOldCaches() {
  const ours = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME);
  const previous = ours[ours.length - 1];
  await Promise.all(ours.filter((name) => name !== previous).map((name) => caches.delete(name)));
}

// Opened once per worker start, not once per request: this sits on the path of every chunk the game loads.
let opened = null;
function precacheCache() {
  opened = opened || caches.open(CACHE_NAME);
  return opened;
}

async function cacheFirst(request) {
  const cached = await (await precacheCache()).match(request.url);
  return cached || fetch(request);
}

async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await (await precacheCache()).match(FALLBACK);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('install', (event) => {
  // Once this build is cached it takes over at once (no waiting for every tab to close), so the next
  // reload, offline too, is the new version; open pages say "a new version is ready".
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  // claim(): a first visit is controlled at once, so its lazy chunks and sounds come through here too.
  event.waitUntil(deleteOldCaches().then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request));
    return;
  }
  url.hash = '';
  if (PRECACHED.has(url.href)) event.respondWith(cacheFirst(request));
  else if (url.href.startsWith(ASSETS)) event.respondWith(previousBuild(request));
});

// A file of the previous build (a page opened before the update loading a lazy chunk): from the
// cache that still holds it, else the network as usual.
async function previousBuild(request) {
  const cached = await caches.match(request.url);
  return cached || fetch(request);
}
`;
}

/** Every file under the public dir, with paths relative to it. */
export function readPublicDir(dir: string): BundleFile[] {
  if (!existsSync(dir)) return [];
  const files: BundleFile[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files.push({ fileName: relative(dir, full).split(sep).join('/'), content: readFileSync(full) });
  }
  return files;
}

/** Emits sw.js into the client build. Dev (`vite`) has no service worker. */
export function serviceWorkerPlugin(): Plugin {
  let publicDir = '';
  let copyPublicDir = true;
  return {
    name: 'blast-radius:service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
      copyPublicDir = config.build.copyPublicDir;
    },
    generateBundle: {
      // After Vite's own generateBundle hooks, so index.html and the CSS are in the bundle.
      order: 'post',
      handler(_options, bundle) {
        const files = [...(copyPublicDir && publicDir ? readPublicDir(publicDir) : []), ...filesFromBundle(bundle as BundleLike)];
        const manifest = buildPrecacheManifest(files);
        this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source: renderServiceWorker(manifest) });
      },
    },
  };
}
