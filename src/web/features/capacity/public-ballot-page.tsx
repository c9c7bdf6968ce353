import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert';
import { Page } from '../../ui/page';
import { PublicShell } from '../self-report/public-shell';
import { Ballot } from './ballot';
import './capacity.css';

/** The ballot token of a link ballot travels in the address's fragment (`/papeleta#<token>`): never sent to the server. */
const TOKEN = /^#([A-Za-z0-9_-]{43})$/;

/**
 * A ballot by link, for a participant without an account: no session, nothing stored on the phone;
 * the token lives in the address the facilitator sent her.
 */
export default function PublicBallotPage() {
  const { t } = useTranslation();
  const [token] = useState(() => TOKEN.exec(location.hash)?.[1] ?? null);
  const [done, setDone] = useState(false);
  return (
    <PublicShell>
      <Page title={t('assessments.ballot.title')} lead={t('assessments.ballot.lead')} narrow>
        {!token ? (
          <Alert kind="error">{t('assessments.ballot.badLink')}</Alert>
        ) : done ? (
          <Alert kind="success">{t('assessments.ballot.thanks')}</Alert>
        ) : (
          <Ballot token={token} onDone={() => setDone(true)} />
        )}
      </Page>
    </PublicShell>
  );
}
