/**
 * Offline play: registers the service worker that the build writes next to index.html
 * (scripts/vitePluginServiceWorker.ts). Production builds only: the dev server has no sw.js, and a
 * worker there would serve stale modules. Test mode (`?test=1`) registers too: the offline
 * end-to-end test needs it.
 *
 * Never throws and never logs an error (the end-to-end tests fail on console errors): without a
 * service worker the game still plays online, so a failure is one console.info line.
 */

/** What registration needs from the browser, so the unit tests can pass fakes. */
export interface ServiceWorkerHost {
  production: boolean;
  /** `serviceWorker` is missing on insecure origins (plain http other than localhost) and old browsers. */
  navigator: { serviceWorker?: Pick<ServiceWorkerContainer, 'register'> & Partial<Pick<ServiceWorkerContainer, 'controller' | 'addEventListener'>> };
  document: Pick<Document, 'readyState'>;
  window: Pick<Window, 'addEventListener'>;
  info(message: string): void;
}

/** Relative to the page, like every URL of the bundle (base is './'), so any path works. */
export const SERVICE_WORKER_URL = './sw.js';

function browserHost(): ServiceWorkerHost {
  return {
    production: import.meta.env.PROD,
    navigator,
    document,
    window,
    info: (message) => console.info(message),
  };
}

function unavailable(host: ServiceWorkerHost): void {
  try {
    host.info('Blast Radius: offline play is unavailable here (the service worker did not register).');
  } catch {
    // Nothing left to do quietly.
  }
}

/**
 * `onUpdateReady` is called once when a new build's worker takes over a page that an older one was
 * controlling (the worker skips waiting once its build is cached): the page runs the old build
 * until it reloads, so it should offer to. A first install (no controller before) is not an update.
 */
export function registerServiceWorker(host?: ServiceWorkerHost, onUpdateReady?: () => void): void {
  try {
    // The build flag first: the dev server and Vitest never touch the service worker API (?test=1 in a production build does).
    if (!(host ? host.production : import.meta.env.PROD)) return;
    const h = host ?? browserHost();
    if (!('serviceWorker' in h.navigator)) return;
    const container = h.navigator.serviceWorker;
    if (!container) return;
    if (onUpdateReady && container.addEventListener) {
      const hadController = Boolean(container.controller);
      let told = false;
      container.addEventListener('controllerchange', () => {
        if (!hadController || told) return;
        told = true;
        onUpdateReady();
      });
    }
    const register = (): void => {
      try {
        container.register(SERVICE_WORKER_URL).catch(() => unavailable(h));
      } catch {
        unavailable(h);
      }
    };
    // After the load event, so precaching does not compete with the first load for bandwidth.
    if (h.document.readyState === 'complete') register();
    else h.window.addEventListener('load', register, { once: true });
  } catch {
    // e.g. reading navigator.serviceWorker throws in a sandboxed frame: play on without it.
  }
}
