import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useLocation } from 'wouter';
import {
  CONSULTATION_KINDS,
  type ConsultationKind,
  type ConsultationList,
} from '../../../domain/priorities.schemas';
import { ApiError } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { useCan, useOrg } from '../../app/org-context';
import { useApiData } from '../../app/use-api-data';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { ConsultationDetailView } from './consultation-detail';
import { consultationsUrl, createConsultation } from './priorities.resource';
import { SharedDeviceVoting } from './shared-device-voting';
import './priorities.css';

function NewConsultation({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<ConsultationKind>('assembly');
  const [heldOn, setHeldOn] = useState(new Date().toISOString().slice(0, 10));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onCreated((await createConsultation(org.orgId, { title, kind, heldOn })).id);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'internal', String(reason)));
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <form
      className="card stack"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>{t('priorities.new.title')}</h2>
      <TextField
        label={t('priorities.fields.title')}
        value={title}
        onValue={setTitle}
        error={fieldError('title')}
        required
      />
      <SelectField
        label={t('priorities.fields.kind')}
        value={kind}
        onValue={(value) => setKind(value as ConsultationKind)}
        options={CONSULTATION_KINDS.map((value) => ({ value, label: t(`priorities.kinds.${value}`) }))}
      />
      <TextField
        label={t('priorities.fields.heldOn')}
        type="date"
        value={heldOn}
        onValue={setHeldOn}
        error={fieldError('heldOn')}
        required
      />
      {error && !error.field ? <Alert kind="error">{error.message}</Alert> : null}
      <div className="actions-list">
        <Button type="submit" busy={busy}>
          {t('priorities.new.submit')}
        </Button>
      </div>
    </form>
  );
}

function ConsultationsHome() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const format = useFormat();
  const [creating, setCreating] = useState(false);
  const list = useApiData<ConsultationList>(consultationsUrl(org.orgId));
  const [, navigate] = useLocation();
  return (
    <Page
      title={t('priorities.title')}
      lead={t('priorities.lead')}
      actions={
        can('consultation', 'create') && !creating ? (
          <Button onClick={() => setCreating(true)}>{t('priorities.new.open')}</Button>
        ) : null
      }
    >
      {creating ? <NewConsultation onCreated={(id) => navigate(`/${id}`)} /> : null}
      {list.loading ? <Loading label={t('common.loading')} /> : null}
      {list.error ? <Alert kind="error">{list.error.message}</Alert> : null}
      {list.data && list.data.consultations.length === 0 ? (
        <p className="muted">{t('priorities.empty')}</p>
      ) : null}
      <ul className="items">
        {list.data?.consultations.map((c) => (
          <li key={c.id} className="item">
            <div className="item__main">
              <p className="item__title">
                <Link href={`/${c.id}`}>{c.title}</Link>
              </p>
              <p className="item__text">
                {t(`priorities.kinds.${c.kind}`)} · {format.date(c.heldOn)} ·{' '}
                {t('priorities.needCount', { count: c.needCount })}
              </p>
            </div>
            <span className={c.votingStatus === 'open' ? 'badge badge--warn' : 'badge'}>
              {t(`priorities.voting.status.${c.votingStatus}`)}
            </span>
          </li>
        ))}
      </ul>
    </Page>
  );
}

/** Shared priorities: consultations and assemblies, their needs, the anonymous vote, decisions, minutes. */
export default function PrioritiesPage() {
  return (
    <Switch>
      <Route path="/">
        <ConsultationsHome />
      </Route>
      <Route path="/:consultationId/dispositivo">
        {(params) => <SharedDeviceVoting consultationId={params.consultationId} />}
      </Route>
      <Route path="/:consultationId">
        {(params) => <ConsultationDetailView id={params.consultationId} />}
      </Route>
    </Switch>
  );
}
