import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import es from '../../i18n/es.json';
import ptBR from '../../i18n/pt-BR.json';

// Only the active language is loaded in the browser (no fallback), so every catalog must be complete.
function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

// The web app's own sources, as text (Vite's glob import: no file-system access from src/web).
const SOURCES = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('web catalogs', () => {
  const esKeys = new Set(keysOf(es));

  it.each([
    ['pt-BR', ptBR],
    ['en', en],
  ])('%s has exactly the keys of es', (_name, catalog) => {
    expect(new Set(keysOf(catalog))).toEqual(esKeys);
  });

  it('has every literal key the web app asks for', () => {
    const used = new Set<string>();
    for (const text of Object.values(SOURCES)) {
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z_.]+)'/g)) used.add(match[1]!);
      for (const match of text.matchAll(/(?:labelKey|descriptionKey): '([^']+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !esKeys.has(key))).toEqual([]);
  });
});
