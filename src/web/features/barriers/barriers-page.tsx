import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BARRIER_KINDS,
  BARRIER_STATUSES,
  BarrierCreateInput,
  type BarrierView,
} from '../../../domain/barriers.schemas';
import { countText } from '../../../domain/case-analysis.labels';
import { newId } from '../../../domain/ids';
import { useCountryOptions } from '../../app/countries';
import { validateWith } from '../../app/form-errors';
import { useCan, useOrg } from '../../app/org-context';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { BarrierLoopSection } from '../advocacy/barrier-loop-section';
import { createBarrier, updateBarrier, useBarriers } from './barriers.resource';

function BarrierForm({
  orgId,
  barrier,
  onSaved,
  onCancel,
}: {
  orgId: string;
  barrier: BarrierView | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const [id] = useState(() => newId());
  const [kind, setKind] = useState<string>(barrier?.kind ?? 'law');
  const [title, setTitle] = useState(barrier?.title ?? '');
  const [description, setDescription] = useState(barrier?.description ?? '');
  const [countryCode, setCountryCode] = useState(barrier?.countryCode ?? countries[0]?.value ?? '');
  const [status, setStatus] = useState<string>(barrier?.status ?? 'active');
  const form = useForm(['kind', 'title', 'description', 'countryCode', 'status']);
  const onSubmit = form.handle(
    () => validateWith(BarrierCreateInput, { id, kind, title, description, countryCode, status }),
    async (input) => {
      if (barrier) {
        const { id: _id, ...changes } = input;
        await updateBarrier(orgId, barrier.id, changes);
      } else await createBarrier(orgId, input);
      onSaved();
    },
  );
  return (
    <form ref={form.ref} className="form card" onSubmit={onSubmit} noValidate>
      <h2 className="form__title">{barrier ? barrier.title : t('barriers.new')}</h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <SelectField
        label={t('barriers.kind')}
        name="kind"
        value={kind}
        onValue={setKind}
        options={BARRIER_KINDS.map((k) => ({ value: k, label: t(`barriers.kinds.${k}`) }))}
        error={form.fieldErrors.kind}
      />
      <TextField
        label={t('barriers.titleField')}
        hint={t('barriers.titleHint')}
        name="title"
        value={title}
        onValue={setTitle}
        error={form.fieldErrors.title}
      />
      <TextAreaField
        label={t('barriers.descriptionField')}
        name="description"
        value={description}
        onValue={setDescription}
        error={form.fieldErrors.description}
      />
      <SelectField
        label={t('barriers.country')}
        name="countryCode"
        value={countryCode}
        onValue={setCountryCode}
        options={countries}
        error={form.fieldErrors.countryCode}
      />
      <SelectField
        label={t('barriers.status')}
        name="status"
        value={status}
        onValue={setStatus}
        options={BARRIER_STATUSES.map((s) => ({ value: s, label: t(`barriers.statuses.${s}`) }))}
      />
      <div className="form__actions">
        <Button type="submit" disabled={form.busy}>
          {t('barriers.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('barriers.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The structural barriers register (issue 5 §6) with how many consented cases fed each. */
export default function BarriersPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const countries = useCountryOptions();
  const [country, setCountry] = useState('');
  const barriers = useBarriers(org.orgId, country);
  const [editing, setEditing] = useState<BarrierView | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const threshold = barriers.data?.threshold ?? 11;
  const saved = () => {
    setEditing(null);
    setNotice(t('barriers.saved'));
    barriers.reload();
  };
  return (
    <Page
      title={t('barriers.title')}
      lead={t('barriers.intro')}
      actions={
        can('structural_barrier', 'create') && !editing ? (
          <Button onClick={() => setEditing('new')}>{t('barriers.new')}</Button>
        ) : null
      }
    >
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {editing ? (
        <BarrierForm
          orgId={org.orgId}
          barrier={editing === 'new' ? null : editing}
          onSaved={saved}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <SelectField
        label={t('barriers.filterCountry')}
        name="countryFilter"
        value={country}
        onValue={setCountry}
        options={[{ value: '', label: t('barriers.allCountries') }, ...countries]}
      />
      {barriers.loading ? <Loading label={t('common.loading')} /> : null}
      {barriers.error ? <Alert kind="error">{barriers.error.message}</Alert> : null}
      {barriers.data && barriers.data.barriers.length === 0 ? (
        <p className="empty">{t('barriers.empty')}</p>
      ) : null}
      {barriers.data?.barriers.length ? (
        <p className="muted">{t('barriers.caseCountNote', { max: threshold - 1, threshold })}</p>
      ) : null}
      <ul className="items">
        {barriers.data?.barriers.map((b) => (
          <li key={b.id} className="item item--wrap">
            <div className="item__main">
              <p className="item__title">
                {b.title} <span className="badge">{t(`barriers.kinds.${b.kind}`)}</span>{' '}
                <span className={b.status === 'active' ? 'badge badge--warn' : 'badge badge--ok'}>
                  {t(`barriers.statuses.${b.status}`)}
                </span>
              </p>
              {b.description ? <p className="flush">{b.description}</p> : null}
              <p className="muted flush">
                {t('barriers.caseCount')}: <strong>{countText(b.caseCount, threshold)}</strong> ·{' '}
                {b.countryCode}
                {b.areaName ? ` · ${b.areaName}` : ''}
              </p>
              {can('advocacy_engagement', 'read') ? <BarrierLoopSection barrierId={b.id} /> : null}
            </div>
            {can('structural_barrier', 'update') && !editing ? (
              <div className="actions-list">
                <Button variant="secondary" onClick={() => setEditing(b)}>
                  {t('barriers.edit')}
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </Page>
  );
}
