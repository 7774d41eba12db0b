/**
 * The entry point (index.html loads it): finds the page's elements and hands them, with what only
 * the browser knows, to the composition root in src/app.
 */
import { startApp } from './app/startApp';
import { registerServiceWorker } from './runtime/registerServiceWorker';
import { isTestMode } from './runtime/testHooks';
import { showUpdateReady } from './view/updateReady';
import './view/styles.css';

function requireElement(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`index.html must contain ${selector}`);
  return found;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

startApp({
  root: requireElement('#app'),
  status: requireElement('#status'),
  alert: requireElement('#alert'),
  testMode: isTestMode(window.location.search),
  storage: storage(),
  prefersReducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  stamp: new Date().toISOString().replace(/[:.]/g, '-'),
});

registerServiceWorker(undefined, () => showUpdateReady(requireElement('main'), () => window.location.reload()));
