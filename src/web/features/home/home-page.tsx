import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../app/format';
import { entriesFor } from '../../app/nav-registry';
import { orgPath, useOrg } from '../../app/org-context';
import { useMe } from '../../app/session';
import { Page } from '../../ui/page';
import { homeCardsFor } from './home-cards';

/** The organization's start page: who and where you are, and the modules your role can use. */
export function HomePage() {
  const { t } = useTranslation();
  const org = useOrg();
  const me = useMe();
  const format = useFormat();
  const entries = entriesFor(org);
  const cards = homeCardsFor(org);

  return (
    <Page title={org.orgName} lead={t('home.greeting', { name: me.user.displayName })}>
      <dl className="facts card">
        <div>
          <dt>{t('home.role')}</dt>
          <dd>{t(`roles.${org.role}`)}</dd>
        </div>
        <div>
          <dt>{t('home.level')}</dt>
          <dd>{t(`levels.${org.orgLevel}`)}</dd>
        </div>
        <div>
          <dt>{t('home.country')}</dt>
          <dd>{format.country(org.countryCode)}</dd>
        </div>
        <div>
          <dt>{t('home.network')}</dt>
          <dd>{org.networkName}</dd>
        </div>
      </dl>
      {cards.length ? (
        <Suspense fallback={null}>
          {cards.map(({ id, card: Card }) => (
            <Card key={id} />
          ))}
        </Suspense>
      ) : null}
      {entries.length ? (
        <>
          <h2>{t('home.modules')}</h2>
          <ul className="tiles">
            {entries.map((entry) => (
              <li key={entry.id}>
                <Link href={`~${orgPath(org.orgId, entry.path)}`} className="tile">
                  <span className="tile__title">{t(entry.labelKey)}</span>
                  <span className="tile__text">{t(entry.descriptionKey)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t('home.nothingYet')}</p>
      )}
      {!me.user.totpEnabled ? (
        <p className="notice">
          {t('home.totpSuggestion')} <Link href="~/account/totp">{t('home.totpSuggestionLink')}</Link>
        </p>
      ) : null}
    </Page>
  );
}
