import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ConsultationDetail } from '../../../domain/priorities.schemas';
import { ApiError } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { useCan, useCanSeeField, useOrg } from '../../app/org-context';
import { useApiData } from '../../app/use-api-data';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextAreaField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { ShortTextForm } from './short-text-form';
import { VotingPanel } from './voting-panel';
import { addDecision, addNeed, consultationUrl, updateConsultation } from './priorities.resource';

function MinutesEditor({
  detail,
  onSaved,
}: {
  detail: ConsultationDetail;
  onSaved: (d: ConsultationDetail) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const [minutes, setMinutes] = useState(detail.minutes ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      onSaved(await updateConsultation(org.orgId, detail.id, { minutes: minutes === '' ? null : minutes }));
      setSaved(true);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : String(reason));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="stack">
      <TextAreaField
        label={t('priorities.minutes.label')}
        hint={t('priorities.minutes.hint')}
        value={minutes}
        onValue={setMinutes}
        rows={6}
        maxLength={4000}
      />
      {error ? <Alert kind="error">{error}</Alert> : null}
      {saved ? <Alert kind="success">{t('priorities.minutes.saved')}</Alert> : null}
      <div className="actions-list">
        <Button variant="secondary" onClick={() => void save()} busy={busy}>
          {t('priorities.minutes.save')}
        </Button>
      </div>
    </div>
  );
}

/** One consultation: needs raised, the vote, decisions and minutes. */
export function ConsultationDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const format = useFormat();
  const withMinutes = useCanSeeField('consultation', 'minutes');
  const detail = useApiData<ConsultationDetail>(consultationUrl(org.orgId, id));
  const replace = (next: ConsultationDetail) => detail.setData(() => next);
  const d = detail.data;
  if (detail.error) return <Alert kind="error">{detail.error.message}</Alert>;
  if (!d) return <Loading label={t('common.loading')} />;
  const canUpdate = can('consultation', 'update');
  return (
    <Page
      title={d.title}
      lead={`${t(`priorities.kinds.${d.kind}`)} · ${format.date(d.heldOn)}`}
      actions={
        <Link href="/" className="button button--secondary">
          {t('priorities.backToList')}
        </Link>
      }
    >
      <section className="card stack" aria-labelledby="needs-heading">
        <h2 id="needs-heading">{t('priorities.needs.title')}</h2>
        {d.needs.length === 0 ? <p className="muted">{t('priorities.needs.empty')}</p> : null}
        {d.needs.length > 0 ? (
          <ol className="stack">
            {d.needs.map((need) => (
              <li key={need.id}>{need.text}</li>
            ))}
          </ol>
        ) : null}
        {canUpdate && d.votingStatus === 'not_started' ? (
          <ShortTextForm
            label={t('priorities.needs.add')}
            submitLabel={t('priorities.needs.submit')}
            send={async (text) => replace(await addNeed(org.orgId, id, text))}
          />
        ) : null}
      </section>
      <VotingPanel detail={d} onChanged={replace} />
      <section className="card stack" aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t('priorities.decisions.title')}</h2>
        {d.decisions.length === 0 ? <p className="muted">{t('priorities.decisions.empty')}</p> : null}
        {d.decisions.length > 0 ? (
          <ul className="stack">
            {d.decisions.map((decision) => (
              <li key={decision.id}>{decision.text}</li>
            ))}
          </ul>
        ) : null}
        {canUpdate ? (
          <ShortTextForm
            label={t('priorities.decisions.add')}
            submitLabel={t('priorities.decisions.submit')}
            send={async (text) => replace(await addDecision(org.orgId, id, text))}
          />
        ) : null}
      </section>
      {withMinutes ? (
        <section className="card stack" aria-labelledby="minutes-heading">
          <h2 id="minutes-heading">{t('priorities.minutes.title')}</h2>
          {canUpdate ? (
            <MinutesEditor detail={d} onSaved={replace} />
          ) : (
            <p className="pre-wrap">{d.minutes ?? t('priorities.minutes.empty')}</p>
          )}
        </section>
      ) : null}
    </Page>
  );
}
