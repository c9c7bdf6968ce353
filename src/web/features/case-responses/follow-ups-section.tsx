import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FollowUpCreateInput, type FollowUpView } from '../../../domain/case-responses.schemas';
import { newId } from '../../../domain/ids';
import { validateWith } from '../../app/form-errors';
import { useCan, useOrg } from '../../app/org-context';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import type { CaseSectionProps } from '../cases/case-detail-sections';
import { createFollowUp, updateFollowUp, useCaseFollowUps, useCaseWorkers } from './case-responses.resource';
import { FollowUpLine } from './follow-up-line';
import { todayUtc } from './response-format';
import './case-responses.css';

function AddFollowUpForm({
  orgId,
  caseId,
  onSaved,
  onCancel,
}: CaseSectionProps & { onSaved: (saved: FollowUpView) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [id] = useState(() => newId());
  const [task, setTask] = useState('');
  const [dueOn, setDueOn] = useState(todayUtc);
  const [assignedUserId, setAssignedUserId] = useState('');
  const org = useOrg();
  const can = useCan();
  // Whoever may list the staff (a coordinator) may give the task to someone else; the server checks
  // that she can read the case (a coordinator, or a paralegal assigned to it).
  const workers = useCaseWorkers(org.orgId, can('org_user', 'list'));
  const others = (workers.data?.users ?? []).filter(
    (u) => !u.disabled && (u.role === 'coordinator' || u.role === 'paralegal'),
  );
  const form = useForm(['task', 'dueOn', 'assignedUserId']);
  const onSubmit = form.handle(
    () =>
      validateWith(FollowUpCreateInput, {
        id,
        task,
        dueOn,
        ...(assignedUserId ? { assignedUserId } : {}),
      }),
    async (input) => onSaved(await createFollowUp(orgId, caseId, input)),
  );
  return (
    <form ref={form.ref} className="form card case-responses__form" onSubmit={onSubmit} noValidate>
      <p className="form__title">{t('caseResponses.followUps.add')}</p>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextField
        label={t('caseResponses.followUps.task')}
        hint={t('caseResponses.followUps.taskHint')}
        value={task}
        onValue={setTask}
        maxLength={1000}
        error={form.fieldErrors.task}
      />
      <TextField
        label={t('caseResponses.followUps.dueOn')}
        type="date"
        value={dueOn}
        onValue={setDueOn}
        error={form.fieldErrors.dueOn}
      />
      {others.length > 0 ? (
        <SelectField
          label={t('caseResponses.followUps.assigned')}
          hint={t('caseResponses.followUps.assignedHint')}
          value={assignedUserId}
          onValue={setAssignedUserId}
          error={form.fieldErrors.assignedUserId}
          options={[
            { value: '', label: t('caseResponses.followUps.me') },
            ...others.map((u) => ({ value: u.userId, label: `${u.displayName} (${t(`roles.${u.role}`)})` })),
          ]}
        />
      ) : null}
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

/** Case page section: follow-up tasks with due days, overdue first. */
export default function FollowUpsSection({ orgId, caseId }: CaseSectionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const followUps = useCaseFollowUps(orgId, caseId);
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const list = followUps.data?.followUps ?? [];

  async function setDone(followUp: FollowUpView, done: boolean) {
    try {
      await updateFollowUp(orgId, caseId, followUp.id, { done });
      setMessage({
        kind: 'success',
        text: t(done ? 'caseResponses.followUps.doneSaved' : 'caseResponses.saved'),
      });
      followUps.reload();
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section className="card case-responses" aria-labelledby={`follow-ups-${caseId}`}>
      <div className="case-responses__head">
        <h2 id={`follow-ups-${caseId}`} className="form__title">
          {t('caseResponses.followUps.title')}
        </h2>
        {can('hr_case_response', 'create') && !adding && !followUps.error ? (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            {t('caseResponses.followUps.add')}
          </Button>
        ) : null}
      </div>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      {followUps.error ? <Alert kind="error">{followUps.error.message}</Alert> : null}
      {followUps.loading ? <Loading label={t('common.loading')} /> : null}
      {adding ? (
        <AddFollowUpForm
          orgId={orgId}
          caseId={caseId}
          onCancel={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            setMessage({ kind: 'success', text: t('caseResponses.saved') });
            followUps.reload();
          }}
        />
      ) : null}
      {followUps.data && list.length === 0 ? (
        <p className="empty">{t('caseResponses.followUps.empty')}</p>
      ) : null}
      {list.length > 0 ? (
        <ul className="items">
          {list.map((followUp) => (
            <FollowUpLine
              key={followUp.id}
              followUp={followUp}
              canUpdate={can('hr_case_response', 'update')}
              onDone={(done) => setDone(followUp, done)}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
