import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  INTERACTION_KINDS,
  PARTNER_STRENGTHS,
  type InteractionKind,
  type PartnerDetail,
  type PartnerStrength,
} from '../../../domain/alliances.schemas';
import { ApiError } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { useCan, useOrg } from '../../app/org-context';
import { useApiData } from '../../app/use-api-data';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { addInteraction, partnerUrl, updatePartner } from './alliances.resource';

function NewInteraction({ partnerId, onSaved }: { partnerId: string; onSaved: (p: PartnerDetail) => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [kind, setKind] = useState<InteractionKind>('joint_action');
  const [title, setTitle] = useState('');
  const [happenedOn, setHappenedOn] = useState(new Date().toISOString().slice(0, 10));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await addInteraction(org.orgId, partnerId, { kind, title, happenedOn }));
      setTitle('');
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'internal', String(reason)));
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3>{t('alliances.interactions.add')}</h3>
      <SelectField
        label={t('alliances.interactions.kind')}
        value={kind}
        onValue={(value) => setKind(value as InteractionKind)}
        options={INTERACTION_KINDS.map((value) => ({
          value,
          label: t(`alliances.interactionKinds.${value}`),
        }))}
      />
      <TextField
        label={t('alliances.interactions.what')}
        value={title}
        onValue={setTitle}
        error={fieldError('title')}
        required
      />
      <TextField
        label={t('alliances.interactions.when')}
        type="date"
        value={happenedOn}
        onValue={setHappenedOn}
        error={fieldError('happenedOn')}
        required
      />
      {error && !error.field ? <Alert kind="error">{error.message}</Alert> : null}
      <div className="actions-list">
        <Button type="submit" variant="secondary" busy={busy}>
          {t('alliances.interactions.submit')}
        </Button>
      </div>
    </form>
  );
}

/** One partner: kind, contact role, strength (editable), and its engagements and joint actions. */
export function PartnerDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const format = useFormat();
  const detail = useApiData<PartnerDetail>(partnerUrl(org.orgId, id));
  const [error, setError] = useState<string | null>(null);
  const replace = (next: PartnerDetail) => detail.setData(() => next);
  const p = detail.data;
  if (detail.error) return <Alert kind="error">{detail.error.message}</Alert>;
  if (!p) return <Loading label={t('common.loading')} />;
  const canUpdate = can('alliance', 'update');
  const changeStrength = async (strength: PartnerStrength) => {
    setError(null);
    try {
      replace(await updatePartner(org.orgId, id, { strength }));
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : String(reason));
    }
  };
  return (
    <Page
      title={p.name}
      lead={t(`alliances.kinds.${p.kind}`)}
      actions={
        <Link href="/" className="button button--secondary">
          {t('alliances.backToList')}
        </Link>
      }
    >
      <section className="card stack">
        <p>
          {t('alliances.fields.contactRole')}: {p.contactRole ?? t('alliances.noContactRole')}
        </p>
        {canUpdate ? (
          <SelectField
            label={t('alliances.fields.strength')}
            value={p.strength}
            onValue={(value) => void changeStrength(value as PartnerStrength)}
            options={PARTNER_STRENGTHS.map((value) => ({ value, label: t(`alliances.strengths.${value}`) }))}
          />
        ) : (
          <p>
            {t('alliances.fields.strength')}: {t(`alliances.strengths.${p.strength}`)}
          </p>
        )}
        {error ? <Alert kind="error">{error}</Alert> : null}
        <p className="muted">
          {t('alliances.counts', { jointActions: p.jointActions, engagements: p.engagements })}
        </p>
      </section>
      <section className="card stack" aria-labelledby="interactions-heading">
        <h2 id="interactions-heading">{t('alliances.interactions.title')}</h2>
        {p.interactions.length === 0 ? <p className="muted">{t('alliances.noInteraction')}</p> : null}
        <ul className="items">
          {p.interactions.map((i) => (
            <li key={i.id} className="item item--compact">
              <div className="item__main">
                <p className="item__title">{i.title}</p>
                <p className="item__text">
                  {t(`alliances.interactionKinds.${i.kind}`)} · {format.date(i.happenedOn)}
                </p>
              </div>
            </li>
          ))}
        </ul>
        {canUpdate ? <NewInteraction partnerId={id} onSaved={replace} /> : null}
      </section>
    </Page>
  );
}
