import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert';
import { Page } from '../../ui/page';
import { PublicShell } from '../self-report/public-shell';
import { PriorityBallot } from './priority-ballot';
import './priorities.css';

/** The ballot token travels in the address's fragment (`/votar#<token>`): never sent to the server's logs. */
const TOKEN = /^#([A-Za-z0-9_-]{43})$/;

/** A priority ballot by link, for a participant without an account: no session, nothing stored on the phone. */
export default function PublicPriorityBallotPage() {
  const { t } = useTranslation();
  const [token] = useState(() => TOKEN.exec(location.hash)?.[1] ?? null);
  const [done, setDone] = useState(false);
  return (
    <PublicShell>
      <Page title={t('priorities.ballot.title')} lead={t('priorities.ballot.lead')} narrow>
        {!token ? (
          <Alert kind="error">{t('priorities.ballot.badLink')}</Alert>
        ) : done ? (
          <Alert kind="success">{t('priorities.ballot.thanks')}</Alert>
        ) : (
          <PriorityBallot token={token} onDone={() => setDone(true)} />
        )}
      </Page>
    </PublicShell>
  );
}
