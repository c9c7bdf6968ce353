import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PIPELINE_STAGES, type PipelineStage } from '../../../domain/grants';
import { OpportunityCreateInput, type OpportunityView } from '../../../domain/grants.schemas';
import { newId } from '../../../domain/ids';
import { LIMITS } from '../../../domain/limits';
import { validateWith } from '../../app/form-errors';
import { useCan, useOrg } from '../../app/org-context';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextAreaField, TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { createOpportunity, updateOpportunity, useOpportunities } from './grants.resource';
import { useMoney } from './money';

/** The pipeline tab: opportunity → proposal → awarded (creates the grant) or declined. */
export function PipelinePanel() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const list = useOpportunities(org.orgId);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const opportunities = list.data?.opportunities ?? [];

  return (
    <div className="stack">
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {list.data ? (
        <dl className="facts card grants-stages">
          {PIPELINE_STAGES.map((stage) => (
            <div key={stage}>
              <dt>{t(`grants.stages.${stage}`)}</dt>
              <dd>{list.data!.byStage[stage]}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {can('funding_opportunity', 'create') && !creating ? (
        <div>
          <Button onClick={() => setCreating(true)}>{t('grants.pipeline.new')}</Button>
        </div>
      ) : null}
      {creating ? (
        <OpportunityForm
          orgId={org.orgId}
          onCancel={() => setCreating(false)}
          onSaved={(opportunity) => {
            setCreating(false);
            setNotice(t('grants.pipeline.created', { title: opportunity.title }));
            list.reload();
          }}
        />
      ) : null}
      {list.error ? <Alert kind="error">{list.error.message}</Alert> : null}
      {list.loading ? <Loading label={t('common.loading')} /> : null}
      {list.data && opportunities.length === 0 ? <p className="empty">{t('grants.pipeline.empty')}</p> : null}
      <ul className="items">
        {opportunities.map((opportunity) => (
          <OpportunityItem
            key={opportunity.id}
            opportunity={opportunity}
            canEdit={can('funding_opportunity', 'update')}
            onChanged={(text) => {
              setNotice(text);
              list.reload();
            }}
          />
        ))}
      </ul>
    </div>
  );
}

function OpportunityForm({
  orgId,
  onSaved,
  onCancel,
}: {
  orgId: string;
  onSaved: (opportunity: OpportunityView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [id] = useState(() => newId());
  const [funder, setFunder] = useState('');
  const [title, setTitle] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('USD');
  const [deadline, setDeadline] = useState('');
  const [notes, setNotes] = useState('');
  const form = useForm(['funder', 'title', 'amount', 'currency', 'deadline', 'notes']);
  const onSubmit = form.handle(
    () =>
      validateWith(OpportunityCreateInput, {
        id,
        funder,
        title,
        amount: amount.trim() === '' ? null : Number(amount.replace(',', '.')),
        currency: currency.trim() === '' ? null : currency,
        deadline: deadline || null,
        notes: notes.trim() === '' ? null : notes,
      }),
    async (input) => onSaved(await createOpportunity(orgId, input)),
  );
  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('grants.pipeline.formTitle')}
    >
      <h2 className="form__title">{t('grants.pipeline.formTitle')}</h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextField
        label={t('grants.form.funder')}
        name="funder"
        maxLength={LIMITS.nameMax}
        value={funder}
        onValue={setFunder}
        error={form.fieldErrors.funder}
      />
      <TextField
        label={t('grants.pipeline.opportunityTitle')}
        name="title"
        maxLength={LIMITS.nameMax}
        value={title}
        onValue={setTitle}
        error={form.fieldErrors.title}
      />
      <div className="grants-pair">
        <TextField
          label={t('grants.form.amountOptional')}
          name="amount"
          inputMode="decimal"
          value={amount}
          onValue={setAmount}
          error={form.fieldErrors.amount}
        />
        <TextField
          label={t('grants.form.currency')}
          name="currency"
          maxLength={3}
          value={currency}
          onValue={setCurrency}
          error={form.fieldErrors.currency}
        />
      </div>
      <TextField
        label={t('grants.pipeline.deadline')}
        name="deadline"
        type="date"
        value={deadline}
        onValue={setDeadline}
        error={form.fieldErrors.deadline}
      />
      <TextAreaField
        label={t('grants.pipeline.notes')}
        hint={t('grants.pipeline.notesHint')}
        name="notes"
        rows={2}
        maxLength={LIMITS.notesMax}
        value={notes}
        onValue={setNotes}
        error={form.fieldErrors.notes}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('grants.pipeline.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

const MOVES: Record<PipelineStage, PipelineStage[]> = {
  opportunity: ['proposal', 'declined'],
  proposal: ['awarded', 'declined'],
  awarded: [],
  declined: ['opportunity'],
};

function OpportunityItem({
  opportunity,
  canEdit,
  onChanged,
}: {
  opportunity: OpportunityView;
  canEdit: boolean;
  onChanged: (text: string) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const { money, day } = useMoney();
  const [awarding, setAwarding] = useState(false);
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function move(stage: PipelineStage, grantPeriod?: { startsOn: string; endsOn: string }) {
    setBusy(true);
    setError(null);
    try {
      await updateOpportunity(org.orgId, opportunity.id, { stage, ...(grantPeriod ? { grantPeriod } : {}) });
      onChanged(t(`grants.pipeline.moved.${stage}`, { title: opportunity.title }));
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : t('common.unexpectedError'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="item item--wrap">
      <div className="item__main">
        <p className="item__title">
          {opportunity.title}{' '}
          <span className={opportunity.stage === 'awarded' ? 'badge badge--ok' : 'badge'}>
            {t(`grants.stages.${opportunity.stage}`)}
          </span>
        </p>
        <p className="item__text">
          {[
            opportunity.funder,
            opportunity.amount !== null && opportunity.currency
              ? money(opportunity.amount, opportunity.currency)
              : null,
            opportunity.deadline
              ? t('grants.pipeline.deadlineOn', { date: day(opportunity.deadline) })
              : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {opportunity.notes ? <p className="item__text muted">{opportunity.notes}</p> : null}
        {error ? <Alert kind="error">{error}</Alert> : null}
        {awarding ? (
          <form
            className="grants-add-report"
            noValidate
            aria-label={t('grants.pipeline.awardTitle')}
            onSubmit={(event) => {
              event.preventDefault();
              void move('awarded', { startsOn, endsOn });
            }}
          >
            <p className="small flush">{t('grants.pipeline.awardHint')}</p>
            <div className="grants-pair">
              <TextField
                label={t('grants.form.startsOn')}
                type="date"
                value={startsOn}
                onValue={setStartsOn}
              />
              <TextField label={t('grants.form.endsOn')} type="date" value={endsOn} onValue={setEndsOn} />
            </div>
            <div className="form__actions">
              <Button type="submit" busy={busy}>
                {t('grants.pipeline.awardConfirm')}
              </Button>
              <Button variant="secondary" onClick={() => setAwarding(false)}>
                {t('common.cancel')}
              </Button>
            </div>
          </form>
        ) : null}
      </div>
      {canEdit && !awarding && MOVES[opportunity.stage].length ? (
        <div className="grants-item__actions">
          {MOVES[opportunity.stage].map((stage) => (
            <Button
              key={stage}
              variant={stage === 'declined' ? 'link' : 'secondary'}
              busy={busy}
              onClick={() => (stage === 'awarded' ? setAwarding(true) : void move(stage))}
            >
              {t(`grants.pipeline.moveTo.${stage}`)}
            </Button>
          ))}
        </div>
      ) : null}
    </li>
  );
}
