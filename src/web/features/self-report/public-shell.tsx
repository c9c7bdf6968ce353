import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../domain/locales';
import { changeLocale, currentLocale } from '../../app/i18n';
import { QuickExitButton } from '../../app/quick-exit-button';
import { GlobeIcon } from '../../ui/icons';

const LANGUAGE_NAMES: Record<Locale, string> = {
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  en: 'English',
};

/** The language choice of a public page lasts for the visit: nothing is written to the phone. */
function PublicLanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id} className="language__label">
        <GlobeIcon />
        <span>{t('language.label')}</span>
      </label>
      <select
        id={id}
        className="language__select"
        value={currentLocale()}
        onChange={(event) => void changeLocale(event.target.value as Locale, { remember: false })}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LANGUAGE_NAMES[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A public page's frame: a neutral title, the quick exit (also Esc Esc) and the language. */
export function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="app app--bare">
      <header className="topbar">
        <span className="brand">{t('selfReport.brand')}</span>
        <QuickExitButton />
      </header>
      <main id="main" className="main main--bare" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <PublicLanguageSwitcher />
      </footer>
    </div>
  );
}
