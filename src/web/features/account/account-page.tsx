import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useMe, useSession } from '../../app/session';
import { Button } from '../../ui/button';
import { Page } from '../../ui/page';

/** The signed-in person's own account: sessions, password, second factor, sign out. */
export default function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  const session = useSession();
  return (
    <Page
      title={t('account.title')}
      lead={t('account.lead', { name: me.user.displayName, username: me.user.username })}
    >
      <ul className="tiles">
        <li>
          <Link href="~/account/sessions" className="tile">
            <span className="tile__title">{t('sessions.title')}</span>
            <span className="tile__text">{t('sessions.description')}</span>
          </Link>
        </li>
        <li>
          <Link href="~/account/password" className="tile">
            <span className="tile__title">{t('password.title')}</span>
            <span className="tile__text">{t('password.description')}</span>
          </Link>
        </li>
        <li>
          {me.user.totpEnabled ? (
            <div className="tile tile--static">
              <span className="tile__title">{t('totpSetup.title')}</span>
              <span className="tile__text">{t('account.totpOn')}</span>
            </div>
          ) : (
            <Link href="~/account/totp" className="tile">
              <span className="tile__title">{t('totpSetup.title')}</span>
              <span className="tile__text">
                {me.user.totpRequired ? t('account.totpRequired') : t('account.totpOff')}
              </span>
            </Link>
          )}
        </li>
      </ul>
      <Button variant="secondary" onClick={() => void session.signOut()}>
        {t('account.signOut')}
      </Button>
    </Page>
  );
}
