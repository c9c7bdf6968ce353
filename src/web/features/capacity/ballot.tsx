import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BallotView } from '../../../domain/capacity-assessments.schemas';
import { ApiError } from '../../app/api-client';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading } from '../../ui/page';
import { localized, readBallot, saveBallot } from './capacity.resource';

type Score = 1 | 2 | 3 | 4 | null;
const CHOICES: readonly Score[] = [1, 2, 3, 4, null];

/**
 * One participant's private ballot: the items one domain at a time, each level with its description,
 * and N/A. Every choice is saved at once (by token, without the session); "Entregar" makes it final.
 */
export function Ballot({ token, onDone }: { token: string; onDone: (view: BallotView) => void }) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<BallotView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    readBallot(token).then(
      (value) => live && setView(value),
      (reason: unknown) => live && setError(reason instanceof ApiError ? reason.message : String(reason)),
    );
    return () => {
      live = false;
    };
  }, [token]);

  if (error) return <Alert kind="error">{error}</Alert>;
  if (!view) return <Loading label={t('assessments.loading')} />;
  if (!view.open)
    return (
      <Alert kind="info">
        {view.submitted ? t('assessments.ballot.alreadySubmitted') : t('assessments.ballot.closed')}
      </Alert>
    );

  const scores = new Map(view.scores.map((s) => [s.itemId, s.score]));
  const domain = view.domains[step]!;
  const total = view.domains.reduce((n, d) => n + d.items.length, 0);
  const answered = view.scores.length;

  const choose = async (itemId: string, score: Score) => {
    setError(null);
    setView((current) =>
      current
        ? { ...current, scores: [...current.scores.filter((s) => s.itemId !== itemId), { itemId, score }] }
        : current,
    );
    try {
      // Answers may come back out of order: keep the choices made here, take the rest from the server.
      const saved = await saveBallot(token, { scores: [{ itemId, score }] });
      setView((current) => (current ? { ...saved, scores: current.scores } : saved));
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : String(reason));
    }
  };

  const submit = async () => {
    setBusy(true);
    try {
      const done = await saveBallot(token, { scores: [], submit: true });
      onDone(done);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : String(reason));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="ballot stack">
      <p className="muted small">{t('assessments.ballot.private')}</p>
      <p className="ballot__progress" aria-live="polite">
        {t('assessments.ballot.progress', {
          domain: step + 1,
          domains: view.domains.length,
          answered,
          total,
        })}
      </p>
      <h2 className="ballot__domain">{localized(domain.labels, i18n.language)}</h2>
      {domain.items.map((item, index) => {
        const current = scores.has(item.id) ? scores.get(item.id) : undefined;
        return (
          <fieldset key={item.id} className="ballot__item card">
            <legend className="ballot__statement">
              {index + 1}. {localized(item.statement, i18n.language)}
            </legend>
            <div className="ballot__choices">
              {CHOICES.map((score) => {
                const selected = current === score;
                return (
                  <label
                    key={String(score)}
                    className={selected ? 'ballot__choice ballot__choice--on' : 'ballot__choice'}
                  >
                    <input
                      type="radio"
                      name={`score-${item.id}`}
                      checked={selected}
                      onChange={() => void choose(item.id, score)}
                    />
                    <span className="ballot__level">
                      {score === null
                        ? t('assessments.levels.na')
                        : `${score} · ${t(`assessments.levels.${score}`)}`}
                    </span>
                    {score !== null ? (
                      <span className="ballot__desc">
                        {localized(item.levels[String(score) as '1'], i18n.language)}
                      </span>
                    ) : (
                      <span className="ballot__desc">{t('assessments.levels.naHint')}</span>
                    )}
                  </label>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      {error ? <Alert kind="error">{error}</Alert> : null}
      <div className="actions-list ballot__nav">
        {step > 0 ? (
          <Button variant="secondary" onClick={() => setStep(step - 1)}>
            {t('assessments.ballot.previous')}
          </Button>
        ) : null}
        {step < view.domains.length - 1 ? (
          <Button
            onClick={() => {
              setStep(step + 1);
              window.scrollTo(0, 0);
            }}
          >
            {t('assessments.ballot.next')}
          </Button>
        ) : (
          <Button onClick={() => void submit()} busy={busy}>
            {t('assessments.ballot.submit')}
          </Button>
        )}
      </div>
      {step === view.domains.length - 1 && answered < total ? (
        <p className="muted small">{t('assessments.ballot.unanswered', { count: total - answered })}</p>
      ) : null}
    </div>
  );
}
