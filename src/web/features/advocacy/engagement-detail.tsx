import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMMITMENT_STATUSES,
  OUTCOME_KINDS,
  type CommitmentStatus,
  type OutcomeKind,
} from '../../../domain/advocacy.schemas';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { addCommitment, updateCommitment, updateEngagement, useEngagement } from './advocacy.resource';

/** One engagement: commitments and their follow-up, the loop (cases → barriers → outcome). */
export function EngagementDetail({ engagementId, onBack }: { engagementId: string; onBack: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const engagement = useEngagement(org.orgId, engagementId);
  const [error, setError] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [followUpOn, setFollowUpOn] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const canWrite = can('advocacy_engagement', 'update');
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      engagement.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  if (engagement.loading && !engagement.data) return <Loading label={t('common.loading')} />;
  if (engagement.error) return <Alert kind="error">{engagement.error.message}</Alert>;
  const e = engagement.data;
  if (!e) return null;
  return (
    <article className="stack" aria-labelledby="engagement-title">
      <Button variant="secondary" onClick={onBack}>
        {t('advocacy.back')}
      </Button>
      <h2 id="engagement-title">{e.officeTitle}</h2>
      <p className="muted flush">
        {t(`advocacy.authorities.${e.authorityType}`)} · {e.engagedOn} · {e.countryCode}
      </p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {e.asks ? (
        <section className="card">
          <h3 className="form__title">{t('advocacy.asks')}</h3>
          <p className="flush">{e.asks}</p>
        </section>
      ) : null}
      <section className="card stack" aria-labelledby="commitments-title">
        <h3 id="commitments-title" className="form__title">
          {t('advocacy.commitments')}
        </h3>
        {e.commitments.length === 0 ? <p className="small muted">{t('advocacy.noCommitments')}</p> : null}
        <ul className="items">
          {e.commitments.map((c) => (
            <li key={c.id} className="item item--wrap">
              <div className="item__main">
                <p className="item__title">
                  {c.description}{' '}
                  {c.due ? <span className="badge badge--warn">{t('advocacy.due')}</span> : null}
                </p>
                <p className="small muted flush">
                  {t('advocacy.followUpOn')}: {c.followUpOn}
                </p>
                {canWrite ? (
                  <SelectField
                    label={t('advocacy.commitmentStatus', { commitment: c.description })}
                    name={`status-${c.id}`}
                    value={c.status}
                    onValue={(status) =>
                      void run(() =>
                        updateCommitment(org.orgId, e.id, c.id, { status: status as CommitmentStatus }),
                      )
                    }
                    options={COMMITMENT_STATUSES.map((s) => ({
                      value: s,
                      label: t(`advocacy.statuses.${s}`),
                    }))}
                  />
                ) : (
                  <span className="badge">{t(`advocacy.statuses.${c.status}`)}</span>
                )}
              </div>
            </li>
          ))}
        </ul>
        {canWrite ? (
          <div className="stack">
            <TextField
              label={t('advocacy.commitment')}
              name="newCommitment"
              value={description}
              onValue={setDescription}
            />
            <TextField
              label={t('advocacy.followUpOn')}
              name="newFollowUpOn"
              type="date"
              value={followUpOn}
              onValue={setFollowUpOn}
            />
            <Button
              variant="secondary"
              disabled={!description.trim() || !followUpOn}
              onClick={() =>
                void run(async () => {
                  await addCommitment(org.orgId, e.id, { description, followUpOn });
                  setDescription('');
                  setFollowUpOn('');
                })
              }
            >
              {t('advocacy.addCommitment')}
            </Button>
          </div>
        ) : null}
      </section>
      <section className="card stack" aria-labelledby="loop-title">
        <h3 id="loop-title" className="form__title">
          {t('advocacy.loop')}
        </h3>
        <p className="small muted">{t('advocacy.loopIntro')}</p>
        <p className="flush">
          <strong>{t('advocacy.linkedCases')}:</strong>{' '}
          {e.cases.references ? e.cases.references.map((c) => c.reference).join(', ') || '—' : e.cases.count}
        </p>
        <p className="flush">
          <strong>{t('advocacy.linkedBarriers')}:</strong>{' '}
          {e.barriers.map((b) => `${b.title} (${t(`barriers.statuses.${b.status}`)})`).join(', ') || '—'}
        </p>
        {canWrite ? (
          <>
            <SelectField
              label={t('advocacy.outcomeKind')}
              name="outcomeKind"
              value={e.outcomeKind}
              onValue={(value) =>
                void run(() => updateEngagement(org.orgId, e.id, { outcomeKind: value as OutcomeKind }))
              }
              options={OUTCOME_KINDS.map((o) => ({ value: o, label: t(`advocacy.outcomes.${o}`) }))}
            />
            <TextAreaField
              label={t('advocacy.outcome')}
              name="outcome"
              value={outcome ?? e.outcome}
              onValue={setOutcome}
            />
            {outcome !== null && outcome !== e.outcome ? (
              <Button
                variant="secondary"
                onClick={() => void run(() => updateEngagement(org.orgId, e.id, { outcome }))}
              >
                {t('advocacy.saveOutcome')}
              </Button>
            ) : null}
          </>
        ) : (
          <p className="flush">
            <strong>{t('advocacy.outcomeKind')}:</strong> {t(`advocacy.outcomes.${e.outcomeKind}`)}
            {e.outcome ? ` — ${e.outcome}` : ''}
          </p>
        )}
      </section>
    </article>
  );
}
