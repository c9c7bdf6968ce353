import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActionNoteInput,
  type ActionDetail,
  type ActionStatus,
  type ActionView,
} from '../../../domain/capacity-actions.schemas';
import { newId } from '../../../domain/ids';
import { LIMITS } from '../../../domain/limits';
import { useFormat } from '../../app/format';
import { validateWith } from '../../app/form-errors';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextAreaField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { useDayFormat } from '../planning/day-format';
import { ActionForm } from './action-form';
import { addActionNote, fetchAction, updateAction } from './action-plan.resource';
import type { DomainOption } from './framework-items';

interface ActionCardProps {
  orgId: string;
  action: ActionView;
  canUpdate: boolean;
  domains: DomainOption[];
  labelOf: (key: string) => { statement: string; domain: string };
  onChanged: (action: ActionView) => void;
}

/** Next statuses offered as one-tap buttons. */
const NEXT: Record<ActionStatus, ActionStatus[]> = {
  planned: ['in_progress', 'done', 'dropped'],
  in_progress: ['done', 'dropped'],
  done: ['in_progress'],
  dropped: ['planned'],
};

/** One action: summary, and on demand its progress notes (an audited read), status changes and edit. */
export function ActionCard({ orgId, action, canUpdate, domains, labelOf, onChanged }: ActionCardProps) {
  const { t } = useTranslation();
  const day = useDayFormat();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const titleId = `action-${action.id}-title`;

  if (editing)
    return (
      <li>
        <ActionForm
          orgId={orgId}
          domains={domains}
          action={action}
          onSaved={(saved) => {
            onChanged(saved);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );

  return (
    <li className="item item--wrap action-card" aria-labelledby={titleId}>
      <div className="item__main">
        <p className="item__title" id={titleId}>
          {action.title}
          <span className={`badge ${action.status === 'done' ? 'badge--ok' : ''}`}>
            {t(`actionPlan.status.${action.status}`)}
          </span>
          {action.overdue ? <span className="badge badge--warn">{t('actionPlan.overdue')}</span> : null}
        </p>
        <dl className="item__meta">
          <div>
            <dt>{t('actionPlan.fields.dueOn')}</dt>
            <dd>{day(action.dueOn)}</dd>
          </div>
          <div>
            <dt>{t('actionPlan.fields.responsibleRole')}</dt>
            <dd>{action.responsibleRole}</dd>
          </div>
          {action.completedOn ? (
            <div>
              <dt>{t('actionPlan.fields.completedOn')}</dt>
              <dd>{day(action.completedOn)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('actionPlan.notes.title')}</dt>
            <dd>{action.noteCount}</dd>
          </div>
        </dl>
        <ul className="action-card__items">
          {action.itemKeys.map((key) => {
            const label = labelOf(key);
            return (
              <li key={key}>
                {label.domain ? <span className="muted">{label.domain}: </span> : null}
                {label.statement}
              </li>
            );
          })}
        </ul>
      </div>
      <Button variant="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('actionPlan.closeDetail') : t('actionPlan.openDetail')}
      </Button>
      {open ? (
        <ActionDetailPanel
          orgId={orgId}
          action={action}
          canUpdate={canUpdate}
          onChanged={onChanged}
          onEdit={() => setEditing(true)}
        />
      ) : null}
    </li>
  );
}

function ActionDetailPanel({
  orgId,
  action,
  canUpdate,
  onChanged,
  onEdit,
}: {
  orgId: string;
  action: ActionView;
  canUpdate: boolean;
  onChanged: (action: ActionView) => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [detail, setDetail] = useState<ActionDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [noteId, setNoteId] = useState(() => newId());
  const [note, setNote] = useState('');
  const [busyStatus, setBusyStatus] = useState<ActionStatus | null>(null);
  const form = useForm(['note']);

  useEffect(() => {
    // The notes are decrypted and the read is audited: only when someone opens the action.
    let live = true;
    fetchAction(orgId, action.id).then(
      (loaded) => live && setDetail(loaded),
      (reason: unknown) =>
        live && setError(reason instanceof Error ? reason.message : t('common.unexpectedError')),
    );
    return () => {
      live = false;
    };
  }, [orgId, action.id]);

  async function changeStatus(status: ActionStatus) {
    setBusyStatus(status);
    setError(null);
    try {
      onChanged(await updateAction(orgId, action.id, { status }));
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : t('common.unexpectedError'));
    } finally {
      setBusyStatus(null);
    }
  }

  const onSubmit = form.handle(
    () => validateWith(ActionNoteInput, { id: noteId, note }),
    async (input) => {
      const added = await addActionNote(orgId, action.id, input);
      setDetail((current) => current && { ...current, notes: [added, ...current.notes] });
      onChanged({ ...action, noteCount: action.noteCount + 1 });
      setNote('');
      setNoteId(newId());
    },
  );

  return (
    <div className="card action-card__detail">
      {error ? <Alert kind="error">{error}</Alert> : null}
      {action.supportNeeded ? (
        <p>
          <strong>{t('actionPlan.fields.supportNeeded')}:</strong> {action.supportNeeded}
        </p>
      ) : null}
      {action.resources ? (
        <p>
          <strong>{t('actionPlan.fields.resources')}:</strong> {action.resources}
        </p>
      ) : null}
      {canUpdate ? (
        <div className="form__actions">
          {NEXT[action.status].map((status) => (
            <Button
              key={status}
              variant={status === 'done' ? 'primary' : 'secondary'}
              busy={busyStatus === status}
              onClick={() => void changeStatus(status)}
            >
              {t(`actionPlan.to.${status}`)}
            </Button>
          ))}
          <Button variant="link" onClick={onEdit}>
            {t('common.edit')}
          </Button>
        </div>
      ) : null}
      <h3>{t('actionPlan.notes.title')}</h3>
      {canUpdate ? (
        <form ref={form.ref} onSubmit={onSubmit} noValidate aria-label={t('actionPlan.notes.add')}>
          {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
          <TextAreaField
            label={t('actionPlan.notes.label')}
            hint={t('actionPlan.notes.hint')}
            name="note"
            rows={3}
            maxLength={LIMITS.notesMax}
            value={note}
            onValue={setNote}
            error={form.fieldErrors.note}
          />
          <div className="form__actions">
            <Button type="submit" busy={form.busy}>
              {t('actionPlan.notes.add')}
            </Button>
          </div>
        </form>
      ) : null}
      {detail === null && !error ? <Loading label={t('common.loading')} /> : null}
      {detail && detail.notes.length === 0 ? <p className="empty">{t('actionPlan.notes.empty')}</p> : null}
      {detail && detail.notes.length > 0 ? (
        <ul className="action-card__notes">
          {detail.notes.map((entry) => (
            <li key={entry.id}>
              <p className="action-card__note">{entry.note}</p>
              <p className="small muted">
                {entry.authorName
                  ? t('actionPlan.notes.by', {
                      name: entry.authorName,
                      date: format.dateTime(entry.createdAt),
                    })
                  : format.dateTime(entry.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
