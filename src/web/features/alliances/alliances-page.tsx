import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useLocation } from 'wouter';
import {
  PARTNER_KINDS,
  PARTNER_STRENGTHS,
  type PartnerKind,
  type PartnerList,
  type PartnerStrength,
  type PartnerSummary,
} from '../../../domain/alliances.schemas';
import { ApiError } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { useCan, useOrg } from '../../app/org-context';
import { useApiData } from '../../app/use-api-data';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { PartnerDetailView } from './partner-detail';
import { createPartner, partnersUrl } from './alliances.resource';
import './alliances.css';

function NewPartner({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PartnerKind>('sex_worker_org');
  const [strength, setStrength] = useState<PartnerStrength>('emerging');
  const [contactRole, setContactRole] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const input = { name, kind, strength, ...(contactRole ? { contactRole } : {}) };
      onCreated((await createPartner(org.orgId, input)).id);
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
      <h2>{t('alliances.new.title')}</h2>
      <TextField
        label={t('alliances.fields.name')}
        value={name}
        onValue={setName}
        error={fieldError('name')}
        required
      />
      <SelectField
        label={t('alliances.fields.kind')}
        value={kind}
        onValue={(value) => setKind(value as PartnerKind)}
        options={PARTNER_KINDS.map((value) => ({ value, label: t(`alliances.kinds.${value}`) }))}
      />
      <TextField
        label={t('alliances.fields.contactRole')}
        hint={t('alliances.fields.contactRoleHint')}
        value={contactRole}
        onValue={setContactRole}
        error={fieldError('contactRole')}
      />
      <SelectField
        label={t('alliances.fields.strength')}
        value={strength}
        onValue={(value) => setStrength(value as PartnerStrength)}
        options={PARTNER_STRENGTHS.map((value) => ({ value, label: t(`alliances.strengths.${value}`) }))}
      />
      {error && !error.field ? <Alert kind="error">{error.message}</Alert> : null}
      <div className="actions-list">
        <Button type="submit" busy={busy}>
          {t('alliances.new.submit')}
        </Button>
      </div>
    </form>
  );
}

function PartnerRow({ partner }: { partner: PartnerSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="item">
      <div className="item__main">
        <p className="item__title">
          <Link href={`/${partner.id}`}>{partner.name}</Link>
        </p>
        <p className="item__text">
          {t('alliances.counts', { jointActions: partner.jointActions, engagements: partner.engagements })}
          {' · '}
          {partner.lastInteractionOn
            ? t('alliances.lastInteraction', { date: format.date(partner.lastInteractionOn) })
            : t('alliances.noInteraction')}
        </p>
      </div>
      <span className={`badge alliance-strength alliance-strength--${partner.strength}`}>
        {t(`alliances.strengths.${partner.strength}`)}
      </span>
    </li>
  );
}

/** The relationship view: partners grouped by kind, strongest first, with their joint actions. */
function PartnersHome() {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const [creating, setCreating] = useState(false);
  const list = useApiData<PartnerList>(partnersUrl(org.orgId));
  const [, navigate] = useLocation();
  const groups = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    const order = (p: PartnerSummary) => PARTNER_STRENGTHS.length - PARTNER_STRENGTHS.indexOf(p.strength);
    return PARTNER_KINDS.map((kind) => ({
      kind,
      partners: (list.data?.partners ?? [])
        .filter((p) => p.kind === kind)
        .sort((a, b) => order(a) - order(b) || collator.compare(a.name, b.name)),
    })).filter((group) => group.partners.length > 0);
  }, [list.data, i18n.language]);
  return (
    <Page
      title={t('alliances.title')}
      lead={t('alliances.lead')}
      actions={
        can('alliance', 'create') && !creating ? (
          <Button onClick={() => setCreating(true)}>{t('alliances.new.open')}</Button>
        ) : null
      }
    >
      {creating ? <NewPartner onCreated={(id) => navigate(`/${id}`)} /> : null}
      {list.loading ? <Loading label={t('common.loading')} /> : null}
      {list.error ? <Alert kind="error">{list.error.message}</Alert> : null}
      {list.data && list.data.partners.length === 0 ? <p className="muted">{t('alliances.empty')}</p> : null}
      {groups.map((group) => (
        <section key={group.kind} className="stack" aria-labelledby={`kind-${group.kind}`}>
          <h2 id={`kind-${group.kind}`} className="alliance-kind">
            {t(`alliances.kinds.${group.kind}`)}{' '}
            <span className="muted">
              {t('alliances.kindSummary', {
                count: group.partners.length,
                jointActions: group.partners.reduce((n, p) => n + p.jointActions, 0),
              })}
            </span>
          </h2>
          <ul className="items">
            {group.partners.map((partner) => (
              <PartnerRow key={partner.id} partner={partner} />
            ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}

/** Alliances: the partner registry, each partner's engagements and joint actions. */
export default function AlliancesPage() {
  return (
    <Switch>
      <Route path="/">
        <PartnersHome />
      </Route>
      <Route path="/:partnerId">{(params) => <PartnerDetailView id={params.partnerId} />}</Route>
    </Switch>
  );
}
