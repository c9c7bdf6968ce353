import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, pickLocale, type Locale } from '../../domain/locales';
import { setApiLocale } from './api-client';

type Catalog = Record<string, unknown>;

// One chunk per language: the browser downloads only the catalog it shows.
const CATALOG_LOADERS: Record<Locale, () => Promise<{ default: Catalog }>> = {
  es: () => import('../../i18n/es.json'),
  'pt-BR': () => import('../../i18n/pt-BR.json'),
  en: () => import('../../i18n/en.json'),
};

/** The only thing Colectiva keeps in browser storage: the interface language the user picked. */
const STORAGE_KEY = 'locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language the user chose on this device, if any. */
export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode or storage disabled: the choice lasts for this visit only
  }
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : 'es';
}

async function ensureCatalog(locale: Locale): Promise<void> {
  if (i18next.hasResourceBundle(locale, 'translation')) return;
  const catalog = await CATALOG_LOADERS[locale]();
  i18next.addResourceBundle(locale, 'translation', catalog.default, true, true);
}

function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  setApiLocale(locale, i18next.t('common.networkError'));
}

/** Starts i18next with the stored choice, else the browser's languages, else Spanish. */
export async function initI18n(): Promise<void> {
  const locale = storedLocale() ?? pickLocale(navigator.languages.join(','));
  await i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    resources: {},
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // React escapes what it renders
    returnNull: false,
  });
  await ensureCatalog(locale);
  await i18next.changeLanguage(locale);
  applyLocale(locale);
}

/** Switches the interface language; `remember` stores the user's explicit choice on this device. */
export async function changeLocale(locale: Locale, options: { remember: boolean }): Promise<void> {
  await ensureCatalog(locale);
  await i18next.changeLanguage(locale);
  applyLocale(locale);
  if (options.remember) rememberLocale(locale);
}
