import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, type ServiceWorkerHost } from '../../../src/runtime/registerServiceWorker';

function host(overrides: Partial<ServiceWorkerHost> & { register?: (url: string) => Promise<unknown> } = {}) {
  const register = vi.fn(overrides.register ?? (async () => ({})));
  const listeners: Record<string, () => void> = {};
  const info = vi.fn();
  const h: ServiceWorkerHost = {
    production: true,
    navigator: { serviceWorker: { register } as unknown as ServiceWorkerContainer },
    document: { readyState: 'complete' },
    window: { addEventListener: ((type: string, listener: () => void) => void (listeners[type] = listener)) as unknown as Window['addEventListener'] },
    info,
    ...overrides,
  };
  return { h, register, listeners, info };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('registerServiceWorker', () => {
  it('registers ./sw.js (relative, so any path works) in a production build', () => {
    const { h, register } = host();
    registerServiceWorker(h);
    expect(register).toHaveBeenCalledWith('./sw.js');
  });

  it('waits for the load event when the page is still loading', () => {
    const { h, register, listeners } = host({ document: { readyState: 'interactive' } });
    registerServiceWorker(h);
    expect(register).not.toHaveBeenCalled();
    listeners.load!();
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('does nothing in dev and test builds (Vitest runs with import.meta.env.PROD false)', () => {
    const { h, register } = host({ production: false });
    registerServiceWorker(h);
    expect(register).not.toHaveBeenCalled();
    expect(import.meta.env.PROD).toBe(false);
    expect(() => registerServiceWorker()).not.toThrow();
  });

  it('does nothing where the browser has no service workers (insecure origin, old browser)', () => {
    const { h, info } = host({ navigator: {} });
    expect(() => registerServiceWorker(h)).not.toThrow();
    expect(info).not.toHaveBeenCalled();
  });

  it('turns a rejected or throwing registration into one info line, never an error or exception', async () => {
    const rejected = host({ register: async () => Promise.reject(new DOMException('no', 'SecurityError')) });
    expect(() => registerServiceWorker(rejected.h)).not.toThrow();
    await flush();
    expect(rejected.info).toHaveBeenCalledTimes(1);

    const throwing = host({
      register: () => {
        throw new TypeError('boom');
      },
    });
    expect(() => registerServiceWorker(throwing.h)).not.toThrow();
    expect(throwing.info).toHaveBeenCalledTimes(1);
  });

  it('survives a navigator whose serviceWorker getter throws (sandboxed frame)', () => {
    const nav = {};
    Object.defineProperty(nav, 'serviceWorker', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const { h } = host({ navigator: nav });
    expect(() => registerServiceWorker(h)).not.toThrow();
  });

  it('says a new version is ready once, when a new worker takes over a page an older one controlled (there was no prompt)', () => {
    const make = (controller: object | null) => {
      const events: Record<string, () => void> = {};
      const container = { register: vi.fn(async () => ({})), controller, addEventListener: (type: string, f: () => void) => void (events[type] = f) };
      const { h } = host({ navigator: { serviceWorker: container as unknown as ServiceWorkerContainer } });
      const ready = vi.fn();
      registerServiceWorker(h, ready);
      return { events, ready };
    };
    const updated = make({});
    updated.events.controllerchange!();
    updated.events.controllerchange!();
    expect(updated.ready).toHaveBeenCalledTimes(1);
    // The first visit's worker claiming the page is not an update.
    const first = make(null);
    first.events.controllerchange!();
    expect(first.ready).not.toHaveBeenCalled();
  });
});
