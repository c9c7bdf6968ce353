import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriorityBallotView } from '../../../domain/priorities.schemas';
import { ApiError } from '../../app/api-client';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading } from '../../ui/page';
import { readPriorityBallot, submitPriorityBallot } from './priorities.resource';

/**
 * One participant's private ranking: she taps the needs in order of importance (up to N), taps
 * again to take one back, and hands the ballot in. Nothing is saved before the hand-in, nothing
 * is kept after it: the parent drops the token.
 */
export function PriorityBallot({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [view, setView] = useState<PriorityBallotView | null>(null);
  const [ranking, setRanking] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    readPriorityBallot(token).then(
      (value) => live && setView(value),
      (reason: unknown) => live && setError(reason instanceof ApiError ? reason.message : String(reason)),
    );
    return () => {
      live = false;
    };
  }, [token]);

  if (!view) return error ? <Alert kind="error">{error}</Alert> : <Loading label={t('common.loading')} />;
  if (!view.open)
    return (
      <Alert kind="info">
        {view.submitted ? t('priorities.ballot.alreadySubmitted') : t('priorities.ballot.closed')}
      </Alert>
    );

  const toggle = (needId: string) =>
    setRanking((current) =>
      current.includes(needId)
        ? current.filter((id) => id !== needId)
        : current.length < view.topN
          ? [...current, needId]
          : current,
    );

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await submitPriorityBallot(token, ranking);
      onDone();
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : String(reason));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <p className="priority-ballot__meeting">{view.consultation.title}</p>
      <p>{t('priorities.ballot.instructions', { count: view.topN })}</p>
      <ol className="priority-ballot__needs">
        {view.needs.map((need) => {
          const position = ranking.indexOf(need.id);
          return (
            <li key={need.id}>
              <button
                type="button"
                className={position >= 0 ? 'priority-need priority-need--chosen' : 'priority-need'}
                aria-pressed={position >= 0}
                onClick={() => toggle(need.id)}
              >
                <span className="priority-need__rank" aria-hidden="true">
                  {position >= 0 ? position + 1 : ''}
                </span>
                <span className="priority-need__text">{need.text}</span>
                {position >= 0 ? (
                  <span className="visually-hidden">
                    {t('priorities.ballot.position', { position: position + 1 })}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="muted" aria-live="polite">
        {t('priorities.ballot.chosen', { chosen: ranking.length, count: view.topN })}
      </p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <div className="actions-list">
        <Button onClick={() => void submit()} busy={busy} disabled={ranking.length === 0}>
          {t('priorities.ballot.submit')}
        </Button>
        {ranking.length > 0 ? (
          <Button variant="secondary" onClick={() => setRanking([])}>
            {t('priorities.ballot.clear')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
