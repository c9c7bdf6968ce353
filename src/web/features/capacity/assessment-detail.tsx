import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AssessmentDetail, AssessmentStatus } from '../../../domain/capacity-assessments.schemas';
import { ApiError } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { useCan, useOrg } from '../../app/org-context';
import { useApiData } from '../../app/use-api-data';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading, Page } from '../../ui/page';
import { Tabs } from '../../ui/tabs';
import { assessmentUrl, moveAssessment, openBallot } from './capacity.resource';
import { ConsensusPanel } from './consensus-panel';
import { ResultsPanel } from './results-panel';

type Tab = 'session' | 'consensus' | 'results';
const NEXT: Record<AssessmentStatus, AssessmentStatus | null> = {
  draft: 'scoring',
  scoring: 'consensus',
  consensus: 'completed',
  completed: null,
};

/** A ballot for a participant without an account: its link is shown once, here, and stored nowhere. */
function LinkBallot({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    setError(null);
    try {
      const { token } = await openBallot(org.orgId, assessmentId);
      setLink(`${location.origin}/papeleta#${token}`);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : String(reason));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="stack">
      <Button variant="secondary" onClick={() => void open()} busy={busy}>
        {link ? t('assessments.scoring.anotherLink') : t('assessments.scoring.link')}
      </Button>
      {link ? (
        <div className="capacity-link">
          <p className="small muted">{t('assessments.scoring.linkHint')}</p>
          <p className="capacity-link__address" aria-label={t('assessments.scoring.linkLabel')}>
            {link}
          </p>
        </div>
      ) : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
    </div>
  );
}

function SessionPanel({
  assessment,
  onChange,
}: {
  assessment: AssessmentDetail;
  onChange: (a: AssessmentDetail) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const format = useFormat();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = NEXT[assessment.status];
  const move = async (status: AssessmentStatus) => {
    setBusy(true);
    setError(null);
    try {
      onChange(await moveAssessment(org.orgId, assessment.id, status));
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : String(reason));
    } finally {
      setBusy(false);
    }
  };
  const items = assessment.domains.reduce((n, d) => n + d.items.length, 0);
  const decided = assessment.domains.reduce((n, d) => n + d.items.filter((i) => i.consensus).length, 0);
  return (
    <div className="stack">
      <dl className="item__meta capacity-meta">
        <div>
          <dt>{t('assessments.fields.heldOn')}</dt>
          <dd>{format.date(assessment.heldOn)}</dd>
        </div>
        <div>
          <dt>{t('assessments.fields.facilitator')}</dt>
          <dd>{assessment.facilitator}</dd>
        </div>
        <div>
          <dt>{t('assessments.fields.participants')}</dt>
          <dd>
            {assessment.participants
              .map((g) => `${t(`assessments.roles.${g.role}`)}: ${g.count}`)
              .join(' · ')}
          </dd>
        </div>
        <div>
          <dt>{t('assessments.fields.framework')}</dt>
          <dd>{t('assessments.frameworkVersion', { version: assessment.frameworkVersion })}</dd>
        </div>
      </dl>
      <ol className="capacity-steps">
        {(['draft', 'scoring', 'consensus', 'completed'] as const).map((step) => (
          <li key={step} aria-current={assessment.status === step ? 'step' : undefined}>
            <strong>{t(`assessments.status.${step}`)}</strong>
            <span className="small muted">{t(`assessments.steps.${step}`)}</span>
          </li>
        ))}
      </ol>
      {assessment.status === 'scoring' ? (
        <div className="card stack">
          <h2>{t('assessments.scoring.title')}</h2>
          <p>
            {t('assessments.scoring.ballots', {
              submitted: assessment.ballots.submitted,
              opened: assessment.ballots.opened,
              total: assessment.participantTotal,
            })}
          </p>
          <p className="muted small">{t('assessments.scoring.privacy')}</p>
          {can('capacity_assessment', 'score') ? (
            <div className="actions-list">
              <Link href={`/${assessment.id}/ballot`} className="button button--primary">
                {t('assessments.scoring.ownPhone')}
              </Link>
              <Link href={`/${assessment.id}/tablet`} className="button button--secondary">
                {t('assessments.scoring.tablet')}
              </Link>
            </div>
          ) : null}
          {can('capacity_assessment', 'update') ? <LinkBallot assessmentId={assessment.id} /> : null}
        </div>
      ) : null}
      {assessment.status === 'consensus' ? (
        <p>{t('assessments.consensus.progress', { decided, items })}</p>
      ) : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      {next && can('capacity_assessment', 'update') ? (
        <div className="actions-list">
          <Button onClick={() => void move(next)} busy={busy}>
            {t(`assessments.move.${next}`)}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

export function AssessmentDetailView({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const detail = useApiData<AssessmentDetail>(assessmentUrl(org.orgId, assessmentId));
  const [tab, setTab] = useState<Tab | null>(null);
  if (detail.loading && !detail.data) return <Loading label={t('assessments.loading')} />;
  if (detail.error || !detail.data)
    return (
      <Page title={t('assessments.title')}>
        <Alert kind="error">{detail.error?.message ?? ''}</Alert>
      </Page>
    );
  const assessment = detail.data;
  const current: Tab =
    tab ??
    (assessment.status === 'completed'
      ? 'results'
      : assessment.status === 'consensus'
        ? 'consensus'
        : 'session');
  const tabs: Tab[] = ['session', 'consensus', 'results'];
  return (
    <Page
      title={assessment.title}
      lead={
        <>
          <Link href="/">{t('assessments.backToList')}</Link> ·{' '}
          <span className={assessment.status === 'completed' ? 'badge badge--ok' : 'badge'}>
            {t(`assessments.status.${assessment.status}`)}
          </span>
        </>
      }
    >
      <Tabs
        idPrefix="assessment"
        label={assessment.title}
        tabs={tabs}
        current={current}
        labelOf={(id) => t(`assessments.tabs.${id}`)}
        onSelect={setTab}
      >
        {current === 'session' ? (
          <SessionPanel assessment={assessment} onChange={(a) => detail.setData(() => a)} />
        ) : current === 'consensus' ? (
          <ConsensusPanel assessment={assessment} reload={detail.reload} />
        ) : (
          <ResultsPanel assessment={assessment} />
        )}
      </Tabs>
    </Page>
  );
}
