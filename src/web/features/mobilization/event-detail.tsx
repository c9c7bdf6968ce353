import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RISK_LEVELS,
  type ChecklistItemView,
  type EventView,
  type ParticipantCounts,
} from '../../../domain/mobilization.schemas';
import { ApiError } from '../../app/api-client';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { checklistLabel, eventTitle, missingLabels } from './event-labels';
import {
  addChecklistItem,
  changeEventStatus,
  updateChecklistItem,
  updateEvent,
  useEvent,
} from './mobilization.resource';

function ChecklistItem({
  item,
  canWrite,
  canReadNotes,
  onChange,
}: {
  item: ChecklistItemView;
  canWrite: boolean;
  canReadNotes: boolean;
  onChange: (input: { done?: boolean; note?: string | null }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState(item.note ?? '');
  const label = checklistLabel(t, item);
  return (
    <li className="item item--wrap">
      <div className="item__main">
        {canWrite ? (
          <Checkbox label={label} checked={item.done} onChecked={(done) => void onChange({ done })} />
        ) : (
          <p className="flush">
            {item.done ? '✓ ' : '○ '}
            {label}
          </p>
        )}
        {item.key !== 'custom' ? (
          <p className="small muted flush">{t(`mobilization.checklistHints.${item.key}`)}</p>
        ) : null}
        {canReadNotes && canWrite ? (
          <div className="stack">
            <TextAreaField
              label={t('mobilization.note', { item: label })}
              name={`note-${item.id}`}
              value={note}
              onValue={setNote}
            />
            {note !== (item.note ?? '') ? (
              <Button variant="secondary" onClick={() => void onChange({ note: note || null })}>
                {t('mobilization.saveNote')}
              </Button>
            ) : null}
          </div>
        ) : item.hasNote ? (
          <p className="small muted flush">{canReadNotes ? item.note : t('mobilization.noteHidden')}</p>
        ) : null}
      </div>
    </li>
  );
}

function ParticipantsForm({
  event,
  onSave,
}: {
  event: EventView;
  onSave: (p: ParticipantCounts) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [counts, setCounts] = useState({
    members: String(event.participants?.members ?? ''),
    allies: String(event.participants?.allies ?? ''),
    public: String(event.participants?.public ?? ''),
  });
  const field = (key: keyof typeof counts) => (
    <TextField
      label={t(`mobilization.participantTypes.${key}`)}
      name={`participants-${key}`}
      inputMode="numeric"
      value={counts[key]}
      onValue={(value) => setCounts({ ...counts, [key]: value })}
    />
  );
  return (
    <div className="card stack">
      <h3 className="form__title">{t('mobilization.participants')}</h3>
      <p className="small muted">{t('mobilization.participantsHint')}</p>
      {field('members')}
      {field('allies')}
      {field('public')}
      <Button
        onClick={() =>
          void onSave({
            members: Number(counts.members || 0),
            allies: Number(counts.allies || 0),
            public: Number(counts.public || 0),
          })
        }
      >
        {t('mobilization.saveParticipants')}
      </Button>
    </div>
  );
}

/** One event: its safety plan checklist, the confirm button, and afterwards counts and outcomes. */
export function EventDetail({ eventId, onBack }: { eventId: string; onBack: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const event = useEvent(org.orgId, eventId);
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [newItem, setNewItem] = useState('');
  const [outcomes, setOutcomes] = useState<string | null>(null);
  const [media, setMedia] = useState<string | null>(null);
  const canWrite = can('mobilization_event', 'update');
  const canReadNotes = can('mobilization_safety_plan', 'read');

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    setMissing([]);
    try {
      await work();
      event.reload();
    } catch (e) {
      if (e instanceof ApiError && Array.isArray(e.details?.missing))
        setMissing(missingLabels(t, e.details.missing as string[], event.data?.checklist ?? []));
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  if (event.loading && !event.data) return <Loading label={t('common.loading')} />;
  if (event.error) return <Alert kind="error">{event.error.message}</Alert>;
  const e = event.data;
  if (!e) return null;
  const open = e.status === 'draft' || e.status === 'confirmed';
  return (
    <article className="stack" aria-labelledby="event-title">
      <Button variant="secondary" onClick={onBack}>
        {t('mobilization.back')}
      </Button>
      <h2 id="event-title">{eventTitle(t, e)}</h2>
      <p className="muted flush">
        {t(`mobilization.kinds.${e.kind}`)} · {e.eventDate}
        {e.location ? ` · ${e.location}` : ''} ·{' '}
        <span className="badge">{t(`mobilization.statuses.${e.status}`)}</span>
      </p>
      {error ? (
        <Alert kind="error">
          {error}
          {missing.length ? (
            <ul>
              {missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <section className="card stack" aria-labelledby="safety-plan-title">
        <h3 id="safety-plan-title" className="form__title">
          {t('mobilization.safetyPlan')} ({e.checklistDone}/{e.checklistTotal})
        </h3>
        <p className="small muted">{t('mobilization.safetyPlanIntro')}</p>
        {canWrite && open ? (
          <SelectField
            label={t('mobilization.riskLevel')}
            name="riskLevel"
            value={e.riskLevel ?? ''}
            onValue={(value) =>
              void run(() =>
                updateEvent(org.orgId, e.id, {
                  riskLevel: value ? (value as (typeof RISK_LEVELS)[number]) : null,
                }),
              )
            }
            options={[
              { value: '', label: t('mobilization.riskUnset') },
              ...RISK_LEVELS.map((r) => ({ value: r, label: t(`mobilization.riskLevels.${r}`) })),
            ]}
          />
        ) : (
          <p className="flush">
            {t('mobilization.riskLevel')}: {e.riskLevel ? t(`mobilization.riskLevels.${e.riskLevel}`) : '—'}
          </p>
        )}
        <ul className="items">
          {e.checklist.map((item) => (
            <ChecklistItem
              key={`${item.id}-${item.note ?? ''}`}
              item={item}
              canWrite={canWrite && open}
              canReadNotes={canReadNotes}
              onChange={(input) => run(() => updateChecklistItem(org.orgId, e.id, item.id, input))}
            />
          ))}
        </ul>
        {canWrite && open ? (
          <div className="stack">
            <TextField
              label={t('mobilization.addItem')}
              name="newItem"
              value={newItem}
              onValue={setNewItem}
            />
            <Button
              variant="secondary"
              disabled={!newItem.trim()}
              onClick={() =>
                void run(async () => {
                  await addChecklistItem(org.orgId, e.id, newItem.trim());
                  setNewItem('');
                })
              }
            >
              {t('mobilization.addItemButton')}
            </Button>
          </div>
        ) : null}
      </section>
      {canWrite ? (
        <div className="form__actions">
          {e.status === 'draft' ? (
            <Button
              onClick={() => void run(() => changeEventStatus(org.orgId, e.id, { status: 'confirmed' }))}
            >
              {t('mobilization.confirm')}
            </Button>
          ) : null}
          {e.status === 'confirmed' ? (
            <Button onClick={() => void run(() => changeEventStatus(org.orgId, e.id, { status: 'held' }))}>
              {t('mobilization.markHeld')}
            </Button>
          ) : null}
          {open ? (
            <Button
              variant="secondary"
              onClick={() => void run(() => changeEventStatus(org.orgId, e.id, { status: 'cancelled' }))}
            >
              {t('mobilization.cancelEvent')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {e.status === 'held' && canWrite ? (
        <>
          <ParticipantsForm
            event={e}
            onSave={(p) => run(() => updateEvent(org.orgId, e.id, { participants: p }))}
          />
          <div className="card stack">
            <TextAreaField
              label={t('mobilization.outcomes')}
              name="outcomes"
              value={outcomes ?? e.outcomes}
              onValue={setOutcomes}
            />
            <TextAreaField
              label={t('mobilization.mediaCoverage')}
              hint={t('mobilization.mediaHint')}
              name="mediaCoverage"
              value={media ?? e.mediaCoverage}
              onValue={setMedia}
            />
            <Button
              onClick={() =>
                void run(() =>
                  updateEvent(org.orgId, e.id, {
                    outcomes: outcomes ?? e.outcomes,
                    mediaCoverage: media ?? e.mediaCoverage,
                  }),
                )
              }
            >
              {t('mobilization.saveOutcomes')}
            </Button>
          </div>
        </>
      ) : null}
      {e.status === 'held' && !canWrite ? (
        <div className="card">
          {e.participants ? (
            <p>
              {t('mobilization.participants')}:{' '}
              {e.participants.members + e.participants.allies + e.participants.public}
            </p>
          ) : null}
          {e.outcomes ? <p>{e.outcomes}</p> : null}
          {e.mediaCoverage ? <p className="small">{e.mediaCoverage}</p> : null}
        </div>
      ) : null}
    </article>
  );
}
