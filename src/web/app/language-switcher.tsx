import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeView } from '../../domain/auth.schemas';
import { LOCALES, type Locale } from '../../domain/locales';
import { GlobeIcon } from '../ui/icons';
import { api } from './api-client';
import { changeLocale, currentLocale } from './i18n';
import { useSession } from './session';

/** Each language is named in itself, so anyone can find their own. */
const LANGUAGE_NAMES: Record<Locale, string> = {
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  en: 'English',
};

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const session = useSession();
  const id = useId();

  async function choose(locale: Locale) {
    await changeLocale(locale, { remember: true });
    const { status } = session;
    if (status.kind === 'signed-in' && status.me.session.state === 'active') {
      const me = await api<MeView>('PATCH', '/api/me', { locale }).catch(() => null);
      if (me) session.replaceMe(me);
    }
  }

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
        onChange={(event) => void choose(event.target.value as Locale)}
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
