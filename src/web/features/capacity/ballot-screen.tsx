import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ApiError } from '../../app/api-client';
import { useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Page } from '../../ui/page';
import { Ballot } from './ballot';
import { openBallot, storeBallotToken, storedBallotToken } from './capacity.resource';

/**
 * Private scoring. On her own phone the participant's ballot token is kept in this browser only
 * (so she can come back to it) and dropped once handed in. On the shared tablet (`tablet`) the token
 * lives in memory only and "Siguiente participante" clears everything before the next person.
 */
export function BallotScreen({ assessmentId, tablet = false }: { assessmentId: string; tablet?: boolean }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [token, setToken] = useState<string | null>(() => (tablet ? null : storedBallotToken(assessmentId)));
  const [done, setDone] = useState(false);
  const [handedIn, setHandedIn] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const open = async () => {
    setBusy(true);
    setError(null);
    try {
      const opened = await openBallot(org.orgId, assessmentId);
      if (!tablet) storeBallotToken(assessmentId, opened.token);
      setToken(opened.token);
      setDone(false);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : String(reason));
    } finally {
      setBusy(false);
    }
  };

  const finished = () => {
    if (!tablet) storeBallotToken(assessmentId, null);
    setToken(null);
    setDone(true);
    setHandedIn((n) => n + 1);
    window.scrollTo(0, 0);
  };

  const back = (
    <Link href={`/${assessmentId}`} className="button button--secondary">
      {t('assessments.ballot.backToSession')}
    </Link>
  );

  return (
    <Page
      title={tablet ? t('assessments.ballot.tabletTitle') : t('assessments.ballot.title')}
      lead={tablet ? t('assessments.ballot.tabletLead') : t('assessments.ballot.lead')}
      narrow
    >
      {token ? (
        <Ballot key={token} token={token} onDone={finished} />
      ) : (
        <div className="stack">
          {done ? (
            <Alert kind="success">
              {tablet ? t('assessments.ballot.thanksTablet') : t('assessments.ballot.thanks')}
            </Alert>
          ) : null}
          {tablet && handedIn > 0 ? (
            <p className="muted">{t('assessments.ballot.handedIn', { count: handedIn })}</p>
          ) : null}
          {error ? <Alert kind="error">{error}</Alert> : null}
          {!done || tablet ? (
            <div className="actions-list">
              <Button onClick={() => void open()} busy={busy}>
                {tablet
                  ? done
                    ? t('assessments.ballot.nextParticipant')
                    : t('assessments.ballot.startTablet')
                  : t('assessments.ballot.start')}
              </Button>
              {back}
            </div>
          ) : (
            <div className="actions-list">{back}</div>
          )}
        </div>
      )}
    </Page>
  );
}
