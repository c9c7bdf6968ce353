import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ApiError } from '../../app/api-client';
import { useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Page } from '../../ui/page';
import { PriorityBallot } from './priority-ballot';
import { openPriorityBallot } from './priorities.resource';

/**
 * Voting on one shared phone or tablet. Each ballot's token lives in this component's memory only;
 * after a hand-in the screen shows nothing of the previous voter, only "pass the device on".
 */
export function SharedDeviceVoting({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [token, setToken] = useState<string | null>(null);
  const [handedIn, setHandedIn] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      setToken((await openPriorityBallot(org.orgId, consultationId)).token);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : String(reason));
    } finally {
      setBusy(false);
    }
  };

  const finished = () => {
    setToken(null);
    setHandedIn((n) => n + 1);
    window.scrollTo(0, 0);
  };

  return (
    <Page title={t('priorities.device.title')} lead={t('priorities.device.lead')} narrow>
      {token ? (
        <PriorityBallot key={token} token={token} onDone={finished} />
      ) : (
        <div className="stack">
          {handedIn > 0 ? <Alert kind="success">{t('priorities.device.thanks')}</Alert> : null}
          {handedIn > 0 ? (
            <p className="muted">{t('priorities.device.handedIn', { count: handedIn })}</p>
          ) : null}
          {error ? <Alert kind="error">{error}</Alert> : null}
          <div className="actions-list">
            <Button onClick={() => void start()} busy={busy}>
              {handedIn > 0 ? t('priorities.device.next') : t('priorities.device.start')}
            </Button>
            <Link href={`/${consultationId}`} className="button button--secondary">
              {t('priorities.device.back')}
            </Link>
          </div>
        </div>
      )}
    </Page>
  );
}
