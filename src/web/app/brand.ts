import { useSyncExternalStore } from 'react';

/**
 * The name shown in the title bar and header. It is the installed app's name from the server's
 * manifest — "Agenda" by default — so that an open tab or the task switcher does not reveal the tool.
 */
let brand = 'Agenda';
const listeners = new Set<() => void>();

export async function loadBrand(): Promise<void> {
  try {
    const response = await fetch('/manifest.webmanifest', { credentials: 'same-origin' });
    const manifest = (await response.json()) as { short_name?: unknown };
    if (typeof manifest.short_name === 'string' && manifest.short_name.trim()) {
      brand = manifest.short_name.trim();
      for (const listener of listeners) listener();
    }
  } catch {
    // offline: keep the neutral default
  }
}

export function useBrand(): string {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => brand,
  );
}
