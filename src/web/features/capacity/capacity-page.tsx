import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useLocation } from 'wouter';
import {
  PARTICIPANT_ROLES,
  type AssessmentList,
  type ParticipantRole,
} from '../../../domain/capacity-assessments.schemas';
import { ApiError } from '../../app/api-client';
import { useCan, useOrg } from '../../app/org-context';
import { useApiData } from '../../app/use-api-data';
import { useFormat } from '../../app/format';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { AssessmentDetailView } from './assessment-detail';
import { BallotScreen } from './ballot-screen';
import { assessmentsUrl, createAssessment } from './capacity.resource';
import './capacity.css';

function NewAssessment({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState(new Date().toISOString().slice(0, 10));
  const [facilitator, setFacilitator] = useState('');
  const [counts, setCounts] = useState<Record<ParticipantRole, string>>(
    () => Object.fromEntries(PARTICIPANT_ROLES.map((role) => [role, ''])) as Record<ParticipantRole, string>,
  );
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const participants = PARTICIPANT_ROLES.map((role) => ({
        role,
        count: Number(counts[role] || 0),
      })).filter((group) => group.count > 0);
      const created = await createAssessment(org.orgId, { title, heldOn, facilitator, participants });
      onCreated(created.id);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'internal', String(reason)));
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (field: string) => (error?.field?.startsWith(field) ? error.message : undefined);
  return (
    <form
      className="card stack"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>{t('assessments.new.title')}</h2>
      <TextField
        label={t('assessments.fields.title')}
        value={title}
        onValue={setTitle}
        error={fieldError('title')}
        required
      />
      <TextField
        label={t('assessments.fields.heldOn')}
        type="date"
        value={heldOn}
        onValue={setHeldOn}
        error={fieldError('heldOn')}
        required
      />
      <TextField
        label={t('assessments.fields.facilitator')}
        hint={t('assessments.fields.facilitatorHint')}
        value={facilitator}
        onValue={setFacilitator}
        error={fieldError('facilitator')}
        required
      />
      <fieldset className="capacity-participants">
        <legend>{t('assessments.fields.participants')}</legend>
        <p className="muted small">{t('assessments.fields.participantsHint')}</p>
        <div className="capacity-participants__grid">
          {PARTICIPANT_ROLES.map((role) => (
            <TextField
              key={role}
              label={t(`assessments.roles.${role}`)}
              type="number"
              inputMode="numeric"
              min={0}
              max={500}
              value={counts[role]}
              onValue={(value) => setCounts({ ...counts, [role]: value })}
            />
          ))}
        </div>
        {fieldError('participants') ? <p className="field__error">{fieldError('participants')}</p> : null}
      </fieldset>
      {error && !error.field ? <Alert kind="error">{error.message}</Alert> : null}
      <div className="actions-list">
        <Button type="submit" busy={busy}>
          {t('assessments.new.submit')}
        </Button>
      </div>
    </form>
  );
}

function AssessmentsHome() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const format = useFormat();
  const [creating, setCreating] = useState(false);
  const list = useApiData<AssessmentList>(assessmentsUrl(org.orgId));
  const [, navigate] = useLocation();
  return (
    <Page
      title={t('assessments.title')}
      lead={t('assessments.lead')}
      actions={
        can('capacity_assessment', 'create') && !creating ? (
          <Button onClick={() => setCreating(true)}>{t('assessments.new.open')}</Button>
        ) : null
      }
    >
      {creating ? <NewAssessment onCreated={(id) => navigate(`/${id}`)} /> : null}
      {list.loading ? <Loading label={t('assessments.loading')} /> : null}
      {list.error ? <Alert kind="error">{list.error.message}</Alert> : null}
      {list.data && list.data.assessments.length === 0 ? (
        <p className="muted">{t('assessments.empty')}</p>
      ) : null}
      <ul className="items">
        {list.data?.assessments.map((a) => (
          <li key={a.id} className="item">
            <div className="item__main">
              <p className="item__title">
                <Link href={`/${a.id}`}>{a.title}</Link>
                <span className={a.status === 'completed' ? 'badge badge--ok' : 'badge'}>
                  {t(`assessments.status.${a.status}`)}
                </span>
              </p>
              <p className="item__text">
                {format.date(a.heldOn)} · {t('assessments.participantCount', { count: a.participantTotal })} ·{' '}
                {t('assessments.frameworkVersion', { version: a.frameworkVersion })}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </Page>
  );
}

/** Capacity self-assessments (issue 6 §2–3): sessions, private scoring, consensus and results. */
export default function CapacityPage() {
  return (
    <Switch>
      <Route path="/">
        <AssessmentsHome />
      </Route>
      <Route path="/:assessmentId/tablet">
        {(params) => <BallotScreen key={params.assessmentId} assessmentId={params.assessmentId} tablet />}
      </Route>
      <Route path="/:assessmentId/ballot">
        {(params) => <BallotScreen key={params.assessmentId} assessmentId={params.assessmentId} />}
      </Route>
      <Route path="/:assessmentId">
        {(params) => <AssessmentDetailView key={params.assessmentId} assessmentId={params.assessmentId} />}
      </Route>
    </Switch>
  );
}
