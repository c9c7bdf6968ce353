import type { Locale } from '../domain/locales';
import en from './en.json';
import es from './es.json';
import ptBR from './pt-BR.json';

type Catalog = Record<string, unknown>;
const CATALOGS: Record<Locale, Catalog> = { es, 'pt-BR': ptBR, en };

function lookup(catalog: Catalog, key: string): string | undefined {
  let node: unknown = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Server-side translation from the same catalogs the web app uses (i18next `{{name}}` placeholders).
 * Falls back to Spanish, then to the key itself.
 */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = lookup(CATALOGS[locale], key) ?? lookup(CATALOGS.es, key) ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** True when the key exists in the catalog of that locale. */
export function hasTranslation(locale: Locale, key: string): boolean {
  return lookup(CATALOGS[locale], key) !== undefined;
}
