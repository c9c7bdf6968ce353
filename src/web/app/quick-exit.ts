import { takeCsrfToken } from './api-client';

/** A neutral static page (a recipe) with no script and nothing that names the app. */
export const EXIT_URL = '/salida.html';
/** Two presses of Esc within this many milliseconds leave the app. */
export const ESC_WINDOW_MS = 1500;

const exitListeners = new Set<() => void>();
let exited = false;

/** Registers something to drop when the user leaves in a hurry (in-memory state, the React tree). */
export function onQuickExit(listener: () => void): () => void {
  exitListeners.add(listener);
  return () => exitListeners.delete(listener);
}

/**
 * Quick exit (SECURITY.md S8): end the session on the server without waiting for the answer, forget
 * everything held in memory, and replace this page in the history with a neutral one, so that Back
 * does not return to the app's last screen.
 */
export function quickExit(): void {
  if (exited) return;
  exited = true;
  const csrf = takeCsrfToken();
  if (csrf) {
    try {
      fetch('/api/auth/logout', {
        method: 'POST',
        keepalive: true,
        credentials: 'same-origin',
        headers: { 'X-CSRF-Token': csrf },
      }).catch(() => undefined);
    } catch {
      // Leaving matters more than logging out; the session also times out by itself.
    }
  }
  for (const listener of exitListeners) {
    try {
      listener();
    } catch {
      // keep going: the page must be left whatever happens
    }
  }
  document.title = '';
  location.replace(EXIT_URL);
}

/** Pure detector for "Esc pressed twice quickly"; `now` is in milliseconds. */
export function createDoubleEscDetector(windowMs = ESC_WINDOW_MS): (key: string, now: number) => boolean {
  let lastEsc = Number.NEGATIVE_INFINITY;
  return (key, now) => {
    if (key !== 'Escape') return false;
    if (now - lastEsc <= windowMs) {
      lastEsc = Number.NEGATIVE_INFINITY;
      return true;
    }
    lastEsc = now;
    return false;
  };
}

/**
 * Listens for Esc Esc on the whole page, before any component sees the key. Also, if the browser
 * ever restores this page from its back/forward cache after an exit, leave again at once.
 */
export function installQuickExitShortcut(): void {
  const isDoubleEsc = createDoubleEscDetector();
  window.addEventListener(
    'keydown',
    (event) => {
      if (isDoubleEsc(event.key, performance.now())) {
        event.preventDefault();
        quickExit();
      }
    },
    { capture: true },
  );
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && exited) location.replace(EXIT_URL);
  });
}
