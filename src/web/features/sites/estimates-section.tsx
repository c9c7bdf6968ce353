import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../domain/ids';
import {
  ESTIMATE_METHODS,
  EstimateCreateInput,
  SOURCE_MAX,
  type EstimateView,
} from '../../../domain/sites.schemas';
import { useFormat } from '../../app/format';
import { validateWith } from '../../app/form-errors';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { createEstimate, useEstimates } from './sites.resource';

const FIELDS = ['low', 'point', 'high', 'method', 'estimatedOn', 'source'];
const toNumber = (value: string) => (value.trim() === '' ? undefined : Number(value));
const today = () => new Date().toLocaleDateString('sv'); // YYYY-MM-DD in the user's time zone

function EstimateForm({
  orgId,
  siteId,
  onSaved,
  onCancel,
}: {
  orgId: string;
  siteId: string;
  onSaved: (e: EstimateView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [id, setId] = useState(() => newId());
  const [low, setLow] = useState('');
  const [point, setPoint] = useState('');
  const [high, setHigh] = useState('');
  const [method, setMethod] = useState<string>('mapping');
  const [estimatedOn, setEstimatedOn] = useState(today);
  const [source, setSource] = useState('');
  const form = useForm(FIELDS);
  const onSubmit = form.handle(
    () =>
      validateWith(EstimateCreateInput, {
        id,
        low: toNumber(low),
        point: toNumber(point),
        high: toNumber(high),
        method,
        estimatedOn,
        source: source || null,
      }),
    async (input) => {
      onSaved(await createEstimate(orgId, siteId, input));
      setId(newId());
      setLow('');
      setPoint('');
      setHigh('');
      setSource('');
    },
  );
  const number = (label: string, name: string, value: string, set: (v: string) => void) => (
    <TextField
      label={label}
      name={name}
      type="number"
      inputMode="numeric"
      min={0}
      step={1}
      value={value}
      onValue={set}
      error={form.fieldErrors[name]}
    />
  );
  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('sites.estimates.add')}
    >
      <h4 className="form__title">{t('sites.estimates.add')}</h4>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <p className="field__hint flush">{t('sites.estimates.rangeHint')}</p>
      <div className="sites-triple">
        {number(t('sites.estimates.low'), 'low', low, setLow)}
        {number(t('sites.estimates.point'), 'point', point, setPoint)}
        {number(t('sites.estimates.high'), 'high', high, setHigh)}
      </div>
      <SelectField
        label={t('sites.estimates.method')}
        name="method"
        value={method}
        onValue={setMethod}
        options={ESTIMATE_METHODS.map((value) => ({ value, label: t(`sites.methods.${value}`) }))}
        error={form.fieldErrors.method}
      />
      <TextField
        label={t('sites.estimates.estimatedOn')}
        name="estimatedOn"
        type="date"
        max={today()}
        value={estimatedOn}
        onValue={setEstimatedOn}
        error={form.fieldErrors.estimatedOn}
      />
      <TextField
        label={t('sites.estimates.source')}
        hint={t('sites.estimates.sourceHint')}
        name="source"
        maxLength={SOURCE_MAX}
        value={source}
        onValue={setSource}
        error={form.fieldErrors.source}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('sites.estimates.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** A site's size estimates: the current one, the history, and a form for roles that may add one. */
export function EstimatesSection({
  orgId,
  siteId,
  canAdd,
}: {
  orgId: string;
  siteId: string;
  canAdd: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const estimates = useEstimates(orgId, siteId);
  const [notice, setNotice] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const list = estimates.data?.estimates ?? [];
  const describe = (e: EstimateView) =>
    t('sites.estimates.row', {
      point: format.number(e.point),
      low: format.number(e.low),
      high: format.number(e.high),
      method: t(`sites.methods.${e.method}`),
      date: format.date(`${e.estimatedOn}T12:00:00`),
    });
  return (
    <section className="stack" aria-labelledby={`estimates-${siteId}`}>
      <h3 id={`estimates-${siteId}`} className="flush">
        {t('sites.estimates.title')}
      </h3>
      <p className="muted small flush">{t('sites.estimates.lead')}</p>
      {estimates.loading ? <Loading label={t('common.loading')} /> : null}
      {estimates.error ? <Alert kind="error">{estimates.error.message}</Alert> : null}
      {estimates.data && list.length === 0 ? (
        <p className="muted flush">{t('sites.estimates.empty')}</p>
      ) : null}
      {list.length > 0 ? (
        <ol className="sites-history" aria-label={t('sites.estimates.history')}>
          {list.map((estimate, index) => (
            <li key={estimate.id}>
              {index === 0 ? <span className="badge badge--ok">{t('sites.estimates.current')}</span> : null}{' '}
              {describe(estimate)}
              {estimate.source ? <span className="muted"> · {estimate.source}</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {canAdd && !adding ? (
        <div className="form__actions">
          <Button
            variant="secondary"
            onClick={() => {
              setAdding(true);
              setNotice(null);
            }}
          >
            {t('sites.estimates.add')}
          </Button>
        </div>
      ) : null}
      {canAdd && adding ? (
        <EstimateForm
          orgId={orgId}
          siteId={siteId}
          onCancel={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            setNotice(t('sites.estimates.saved'));
            estimates.reload();
          }}
        />
      ) : null}
    </section>
  );
}
