import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, EventCreateInput } from '../../../domain/mobilization.schemas';
import { newId } from '../../../domain/ids';
import { validateWith } from '../../app/form-errors';
import { useCan, useOrg } from '../../app/org-context';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { EventDetail } from './event-detail';
import { eventTitle } from './event-labels';
import { createEvent, useEvents } from './mobilization.resource';

function EventForm({
  orgId,
  onSaved,
  onCancel,
}: {
  orgId: string;
  onSaved: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [id] = useState(() => newId());
  const [kind, setKind] = useState<string>('march');
  const [title, setTitle] = useState('');
  const [eventDate, setEventDate] = useState('');
  const [location, setLocation] = useState('');
  const form = useForm(['kind', 'title', 'eventDate', 'location']);
  const onSubmit = form.handle(
    () => validateWith(EventCreateInput, { id, kind, title, eventDate, location }),
    async (input) => {
      await createEvent(orgId, input);
      onSaved(id);
    },
  );
  return (
    <form ref={form.ref} className="form card" onSubmit={onSubmit} noValidate>
      <h2 className="form__title">{t('mobilization.new')}</h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <SelectField
        label={t('mobilization.kind')}
        name="kind"
        value={kind}
        onValue={setKind}
        options={EVENT_KINDS.map((k) => ({ value: k, label: t(`mobilization.kinds.${k}`) }))}
        error={form.fieldErrors.kind}
      />
      <TextField
        label={t('mobilization.titleField')}
        name="title"
        value={title}
        onValue={setTitle}
        error={form.fieldErrors.title}
      />
      <TextField
        label={t('mobilization.date')}
        name="eventDate"
        type="date"
        value={eventDate}
        onValue={setEventDate}
        error={form.fieldErrors.eventDate}
      />
      <TextField
        label={t('mobilization.location')}
        hint={t('mobilization.locationHint')}
        name="location"
        value={location}
        onValue={setLocation}
        error={form.fieldErrors.location}
      />
      <div className="form__actions">
        <Button type="submit" disabled={form.busy}>
          {t('mobilization.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('mobilization.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Mobilization (issue 7 §2): events, their safety plan, counts of participants (never lists). */
export default function MobilizationPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const events = useEvents(org.orgId);
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  if (selected)
    return (
      <Page title={t('mobilization.title')}>
        <EventDetail
          eventId={selected}
          onBack={() => {
            setSelected(null);
            events.reload();
          }}
        />
      </Page>
    );
  return (
    <Page
      title={t('mobilization.title')}
      lead={t('mobilization.intro')}
      actions={
        can('mobilization_event', 'create') && !creating ? (
          <Button onClick={() => setCreating(true)}>{t('mobilization.new')}</Button>
        ) : null
      }
    >
      {creating ? (
        <EventForm
          orgId={org.orgId}
          onSaved={(id) => {
            setCreating(false);
            setSelected(id);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      {events.loading && !events.data ? <Loading label={t('common.loading')} /> : null}
      {events.error ? <Alert kind="error">{events.error.message}</Alert> : null}
      <ul className="items">
        {events.data?.events.map((e) => (
          <li key={e.id} className="item item--wrap">
            <div className="item__main">
              <p className="item__title">
                {eventTitle(t, e)} <span className="badge">{t(`mobilization.statuses.${e.status}`)}</span>
              </p>
              <p className="muted flush">
                {t(`mobilization.kinds.${e.kind}`)} · {e.eventDate} ·{' '}
                {t('mobilization.checklistProgress', { done: e.checklistDone, total: e.checklistTotal })}
              </p>
            </div>
            <div className="actions-list">
              <Button
                variant="secondary"
                onClick={() => setSelected(e.id)}
                aria-label={t('mobilization.openEvent', { title: eventTitle(t, e) })}
              >
                {t('mobilization.open')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </Page>
  );
}
