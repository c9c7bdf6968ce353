import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { newId } from '../../../domain/ids';
import { ApiError } from '../../app/api-client';
import { useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { recordAttendance, useSession } from './trainings.resource';

interface Entry {
  /** The client id: a retry after a network failure sends the same one, so she is never added twice. */
  id: string;
  typed: string;
  state: 'sending' | 'added' | 'already' | 'pending' | 'unknown';
  code?: string;
}

/**
 * Attendance at the door, made for a phone: type the display code, tap, next. Entries that could not
 * be sent (bad network) stay on this screen and are retried with the same id; nothing is stored on
 * the device.
 */
export function DoorAttendance({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const session = useSession(org.orgId, sessionId);
  const [typed, setTyped] = useState('');
  const [entries, setEntries] = useState<Entry[]>([]);
  const [count, setCount] = useState<number | null>(null);

  const update = (id: string, change: Partial<Entry>) =>
    setEntries((list) => list.map((e) => (e.id === id ? { ...e, ...change } : e)));

  async function send(entry: Entry) {
    update(entry.id, { state: 'sending' });
    try {
      const answer = await recordAttendance(org.orgId, sessionId, { id: entry.id, displayCode: entry.typed });
      update(entry.id, { state: answer.alreadyRecorded ? 'already' : 'added', code: answer.displayCode });
      setCount(answer.memberCount);
    } catch (error) {
      const unknown = error instanceof ApiError && error.status === 404;
      update(entry.id, { state: unknown ? 'unknown' : 'pending' });
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const value = typed.trim();
    if (!value) return;
    const entry: Entry = { id: newId(), typed: value, state: 'sending' };
    setEntries((list) => [entry, ...list]);
    setTyped('');
    document.getElementById('door-code')?.focus();
    void send(entry);
  }

  if (session.error) return <Alert kind="error">{session.error.message}</Alert>;
  if (!session.data) return <Loading label={t('common.loading')} />;
  const s = session.data;
  const pending = entries.filter((e) => e.state === 'pending');
  const shown = count ?? s.memberCount;
  return (
    <Page
      title={t('trainings.door.title')}
      lead={`${s.courseTitle} · ${s.heldOn}`}
      narrow
      actions={
        <Link href={`/sessions/${sessionId}`} className="button button--link">
          {t('trainings.door.back')}
        </Link>
      }
    >
      <form className="form card door" onSubmit={onSubmit} noValidate>
        <TextField
          id="door-code"
          autoFocus
          label={t('trainings.door.code')}
          hint={t('trainings.door.codeHint')}
          name="displayCode"
          value={typed}
          onValue={setTyped}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          inputMode="text"
        />
        <Button type="submit">{t('trainings.door.add')}</Button>
      </form>
      <p className="door__count" role="status">
        {t('trainings.door.count', { count: shown })}
      </p>
      {pending.length ? (
        <div className="stack">
          <Alert kind="info">{t('trainings.door.pending', { count: pending.length })}</Alert>
          <Button variant="secondary" onClick={() => pending.forEach((e) => void send(e))}>
            {t('trainings.door.retry')}
          </Button>
        </div>
      ) : null}
      <ul className="items" aria-label={t('trainings.door.recent')}>
        {entries.map((e) => (
          <li key={e.id} className="item item--compact">
            <span className="item__title">{e.code ?? e.typed.toUpperCase()}</span>
            <span
              className={
                e.state === 'added'
                  ? 'badge badge--ok'
                  : e.state === 'unknown' || e.state === 'pending'
                    ? 'badge badge--warn'
                    : 'badge'
              }
            >
              {t(`trainings.door.states.${e.state}`)}
            </span>
          </li>
        ))}
      </ul>
    </Page>
  );
}
