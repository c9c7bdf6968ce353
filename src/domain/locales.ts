import { z } from 'zod';

/** Languages of the interface; Spanish is the default. */
export const Locale = z.enum(['es', 'pt-BR', 'en']);
export type Locale = z.infer<typeof Locale>;
export const DEFAULT_LOCALE: Locale = 'es';
export const LOCALES = Locale.options;

/** Picks the best supported locale from an Accept-Language header value. */
export function pickLocale(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const wanted = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    if (tag.startsWith('es')) return 'es';
    if (tag.startsWith('pt')) return 'pt-BR';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}
