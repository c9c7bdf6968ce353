import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  canMoveIntervention,
  impactAllowed,
  IMPACTS,
  INTERVENTION_STATUSES,
  INTERVENTION_TYPES,
  PRIORITIES,
  type InterventionStatus,
} from '../../../domain/case-responses';
import {
  InterventionCreateInput,
  InterventionUpdateInput,
  type InterventionView,
} from '../../../domain/case-responses.schemas';
import { newId } from '../../../domain/ids';
import { validateWith } from '../../app/form-errors';
import { useCan } from '../../app/org-context';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import type { CaseSectionProps } from '../cases/case-detail-sections';
import { createIntervention, updateIntervention, useInterventions } from './case-responses.resource';
import { todayUtc, useResponseFormat } from './response-format';
import './case-responses.css';

const PRIORITY_BADGE = { high: 'badge badge--warn', medium: 'badge', low: 'badge' } as const;

function AddInterventionForm({
  orgId,
  caseId,
  onSaved,
  onCancel,
}: CaseSectionProps & { onSaved: (saved: InterventionView) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [id] = useState(() => newId());
  const [type, setType] = useState('');
  const [priority, setPriority] = useState('medium');
  const [status, setStatus] = useState('planned');
  const [requestedParty, setRequestedParty] = useState('');
  const [requestedOn, setRequestedOn] = useState(todayUtc);
  const [notes, setNotes] = useState('');
  const form = useForm(['type', 'priority', 'status', 'requestedParty', 'requestedOn', 'notes', 'impact']);
  const onSubmit = form.handle(
    () =>
      validateWith(InterventionCreateInput, {
        id,
        type: type || undefined,
        priority,
        status,
        requestedParty: requestedParty.trim() || null,
        requestedOn: requestedOn || null,
        notes: notes.trim() || null,
      }),
    async (input) => onSaved(await createIntervention(orgId, caseId, input)),
  );
  return (
    <form ref={form.ref} className="form card case-responses__form" onSubmit={onSubmit} noValidate>
      <p className="form__title">{t('caseResponses.interventions.add')}</p>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <SelectField
        label={t('caseResponses.interventions.type')}
        value={type}
        onValue={setType}
        error={form.fieldErrors.type}
        options={[
          { value: '', label: t('caseResponses.choose') },
          ...INTERVENTION_TYPES.map((value) => ({ value, label: t(`caseResponses.types.${value}`) })),
        ]}
      />
      <SelectField
        label={t('caseResponses.interventions.priority')}
        value={priority}
        onValue={setPriority}
        error={form.fieldErrors.priority}
        options={PRIORITIES.map((value) => ({ value, label: t(`caseResponses.priorities.${value}`) }))}
      />
      <SelectField
        label={t('caseResponses.interventions.status')}
        value={status}
        onValue={setStatus}
        error={form.fieldErrors.status}
        options={INTERVENTION_STATUSES.filter((s) => !impactAllowed(s)).map((value) => ({
          value,
          label: t(`caseResponses.statuses.${value}`),
        }))}
      />
      <TextField
        label={t('caseResponses.interventions.requestedParty')}
        hint={t('caseResponses.interventions.requestedPartyHint')}
        value={requestedParty}
        onValue={setRequestedParty}
        maxLength={200}
        error={form.fieldErrors.requestedParty}
      />
      <TextField
        label={t('caseResponses.interventions.requestedOn')}
        type="date"
        value={requestedOn}
        onValue={setRequestedOn}
        error={form.fieldErrors.requestedOn}
      />
      <TextAreaField
        label={t('caseResponses.notes')}
        hint={t('caseResponses.notesHint')}
        value={notes}
        onValue={setNotes}
        maxLength={4000}
        rows={3}
        error={form.fieldErrors.notes}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('caseResponses.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('caseResponses.cancel')}
        </Button>
      </div>
    </form>
  );
}

function UpdateInterventionForm({
  orgId,
  caseId,
  intervention,
  onSaved,
  onCancel,
}: CaseSectionProps & {
  intervention: InterventionView;
  onSaved: (saved: InterventionView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>(intervention.status);
  const [impact, setImpact] = useState<string>(intervention.impact ?? '');
  const [notes, setNotes] = useState<string>(intervention.notes ?? '');
  const form = useForm(['status', 'impact', 'notes']);
  const ended = impactAllowed(status as InterventionStatus);
  const onSubmit = form.handle(
    () =>
      validateWith(InterventionUpdateInput, {
        status,
        impact: ended && impact ? impact : null,
        ...(notes.trim() !== (intervention.notes ?? '') ? { notes: notes.trim() || null } : {}),
      }),
    async (input) => onSaved(await updateIntervention(orgId, caseId, intervention.id, input)),
  );
  return (
    <form ref={form.ref} className="form case-responses__inline" onSubmit={onSubmit} noValidate>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <SelectField
        label={t('caseResponses.interventions.status')}
        value={status}
        onValue={setStatus}
        error={form.fieldErrors.status}
        options={INTERVENTION_STATUSES.filter((s) => canMoveIntervention(intervention.status, s)).map(
          (value) => ({ value, label: t(`caseResponses.statuses.${value}`) }),
        )}
      />
      {ended ? (
        <SelectField
          label={t('caseResponses.interventions.impact')}
          value={impact}
          onValue={setImpact}
          error={form.fieldErrors.impact}
          options={[
            { value: '', label: t('caseResponses.interventions.impactUnknown') },
            ...IMPACTS.map((value) => ({ value, label: t(`caseResponses.impacts.${value}`) })),
          ]}
        />
      ) : null}
      <TextAreaField
        label={t('caseResponses.notes')}
        hint={t('caseResponses.notesHint')}
        value={notes}
        onValue={setNotes}
        maxLength={4000}
        rows={3}
        error={form.fieldErrors.notes}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('caseResponses.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('caseResponses.cancel')}
        </Button>
      </div>
    </form>
  );
}

function InterventionItem({
  orgId,
  caseId,
  intervention,
  canUpdate,
  onSaved,
}: CaseSectionProps & {
  intervention: InterventionView;
  canUpdate: boolean;
  onSaved: (saved: InterventionView) => void;
}) {
  const { t } = useTranslation();
  const format = useResponseFormat();
  const [editing, setEditing] = useState(false);
  const typeLabel = t(`caseResponses.types.${intervention.type}`);
  return (
    <li className="item item--wrap case-responses__item">
      <div className="item__main">
        <p className="item__title">
          {typeLabel}
          <span className={`badge case-responses__status--${intervention.status}`}>
            {t(`caseResponses.statuses.${intervention.status}`)}
          </span>
          <span className={PRIORITY_BADGE[intervention.priority]}>
            {t(`caseResponses.priorities.${intervention.priority}`)}
          </span>
        </p>
        <dl className="item__meta">
          {intervention.requestedParty ? (
            <div>
              <dt>{t('caseResponses.interventions.requestedParty')}</dt>
              <dd>{intervention.requestedParty}</dd>
            </div>
          ) : null}
          {intervention.requestedOn ? (
            <div>
              <dt>{t('caseResponses.interventions.requestedOn')}</dt>
              <dd>{format.day(intervention.requestedOn)}</dd>
            </div>
          ) : null}
          {intervention.impact ? (
            <div>
              <dt>{t('caseResponses.interventions.impact')}</dt>
              <dd>{t(`caseResponses.impacts.${intervention.impact}`)}</dd>
            </div>
          ) : null}
        </dl>
        {intervention.notes ? <p className="item__text case-responses__notes">{intervention.notes}</p> : null}
      </div>
      {canUpdate && !editing ? (
        <Button
          variant="secondary"
          onClick={() => setEditing(true)}
          aria-label={t('caseResponses.interventions.updateFor', { type: typeLabel })}
        >
          {t('caseResponses.interventions.update')}
        </Button>
      ) : null}
      {editing ? (
        <UpdateInterventionForm
          orgId={orgId}
          caseId={caseId}
          intervention={intervention}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            onSaved(saved);
          }}
        />
      ) : null}
    </li>
  );
}

/** Case page section: interventions with their status, priority and impact. */
export default function InterventionsSection({ orgId, caseId }: CaseSectionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const interventions = useInterventions(orgId, caseId);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const list = interventions.data?.interventions ?? [];

  function replace(saved: InterventionView) {
    setNotice(t('caseResponses.saved'));
    interventions.setData((data) => {
      const rest = (data?.interventions ?? []).filter((i) => i.id !== saved.id);
      const at = (data?.interventions ?? []).findIndex((i) => i.id === saved.id);
      if (at < 0) return { interventions: [...rest, saved] };
      rest.splice(at, 0, saved);
      return { interventions: rest };
    });
  }

  return (
    <section className="card case-responses" aria-labelledby={`interventions-${caseId}`}>
      <div className="case-responses__head">
        <h2 id={`interventions-${caseId}`} className="form__title">
          {t('caseResponses.interventions.title')}
        </h2>
        {can('hr_case_response', 'create') && !adding && !interventions.error ? (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            {t('caseResponses.interventions.add')}
          </Button>
        ) : null}
      </div>
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {interventions.error ? <Alert kind="error">{interventions.error.message}</Alert> : null}
      {interventions.loading ? <Loading label={t('common.loading')} /> : null}
      {adding ? (
        <AddInterventionForm
          orgId={orgId}
          caseId={caseId}
          onCancel={() => setAdding(false)}
          onSaved={(saved) => {
            setAdding(false);
            replace(saved);
          }}
        />
      ) : null}
      {interventions.data && list.length === 0 ? (
        <p className="empty">{t('caseResponses.interventions.empty')}</p>
      ) : null}
      {list.length > 0 ? (
        <ul className="items">
          {list.map((intervention) => (
            <InterventionItem
              key={intervention.id}
              orgId={orgId}
              caseId={caseId}
              intervention={intervention}
              canUpdate={can('hr_case_response', 'update')}
              onSaved={replace}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
