import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { newId } from '../../../domain/ids';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { addActivity, recordVisit, useSafeSpace } from './safe-spaces.resource';
import './safe-spaces.css';

const today = () => new Date().toISOString().slice(0, 10);

/** A visit by member code, or the day's anonymous tally; answers only the day's counts. */
function VisitForm({ spaceId, onSaved }: { spaceId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [code, setCode] = useState('');
  const [tally, setTally] = useState('');
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const count = Number(tally);
    try {
      const answer = await recordVisit(org.orgId, spaceId, {
        id: newId(),
        visitedOn: today(),
        ...(code.trim() ? { displayCode: code } : { anonymousCount: count }),
      });
      setMessage({
        kind: 'success',
        text: t(answer.alreadyRecorded ? 'safeSpaces.visitAlready' : 'safeSpaces.visitSaved', {
          members: answer.day.memberVisits,
          anonymous: answer.day.anonymousVisits,
        }),
      });
      setCode('');
      setTally('');
      onSaved();
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  }
  return (
    <form className="form card" onSubmit={submit} noValidate>
      <h2 className="form__title">{t('safeSpaces.visitTitle')}</h2>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <TextField
        label={t('safeSpaces.visitCode')}
        name="displayCode"
        value={code}
        onValue={setCode}
        autoCapitalize="characters"
        autoComplete="off"
      />
      <TextField
        label={t('safeSpaces.visitTally')}
        hint={t('safeSpaces.visitTallyHint')}
        name="anonymousCount"
        inputMode="numeric"
        value={tally}
        onValue={(v) => setTally(v.replace(/\D/g, ''))}
      />
      <Button type="submit">{t('safeSpaces.visitSave')}</Button>
    </form>
  );
}

function ActivityForm({ spaceId, onSaved }: { spaceId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState(today);
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await addActivity(org.orgId, spaceId, { title, heldOn });
      setTitle('');
      onSaved();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <form className="form card" onSubmit={submit} noValidate>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <TextField label={t('safeSpaces.activityTitle')} name="title" value={title} onValue={setTitle} />
      <TextField
        label={t('safeSpaces.heldOn')}
        type="date"
        name="heldOn"
        value={heldOn}
        onValue={setHeldOn}
      />
      <Button type="submit">{t('safeSpaces.addActivity')}</Button>
    </form>
  );
}

export function SafeSpaceDetailPage({ spaceId }: { spaceId: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const detail = useSafeSpace(org.orgId, spaceId);
  if (detail.error) return <Alert kind="error">{detail.error.message}</Alert>;
  if (!detail.data) return <Loading label={t('common.loading')} />;
  const { safeSpace: s, visitsByDay, activities } = detail.data;
  return (
    <Page
      title={s.name}
      lead={s.openingHours || undefined}
      actions={
        <Link href="/" className="button button--link">
          {t('safeSpaces.back')}
        </Link>
      }
    >
      {s.services.length ? (
        <ul className="safe-space-services" aria-label={t('safeSpaces.services')}>
          {s.services.map((service) => (
            <li key={service} className="badge">
              {t(`safeSpaces.serviceNames.${service}`)}
            </li>
          ))}
        </ul>
      ) : null}
      {can('safe_space_visit', 'create') ? <VisitForm spaceId={s.id} onSaved={detail.reload} /> : null}
      <section aria-labelledby="visits-title">
        <h2 id="visits-title">{t('safeSpaces.visitsTitle')}</h2>
        {visitsByDay.length === 0 ? (
          <p className="empty">{t('safeSpaces.noVisits')}</p>
        ) : (
          <table className="safe-space-visits">
            <thead>
              <tr>
                <th scope="col">{t('safeSpaces.day')}</th>
                <th scope="col">{t('safeSpaces.memberVisits')}</th>
                <th scope="col">{t('safeSpaces.anonymousVisits')}</th>
              </tr>
            </thead>
            <tbody>
              {visitsByDay.map((d) => (
                <tr key={d.visitedOn}>
                  <td>{d.visitedOn}</td>
                  <td>{d.memberVisits}</td>
                  <td>{d.anonymousVisits}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="activities-title">
        <h2 id="activities-title">{t('safeSpaces.activities')}</h2>
        {activities.length === 0 ? <p className="empty">{t('safeSpaces.noActivities')}</p> : null}
        <ul className="items">
          {activities.map((a) => (
            <li key={a.id} className="item item--compact">
              <span className="item__title">
                {a.heldOn} · {a.title}
              </span>
              {a.trainingSessionId ? (
                <Link href={`~/o/${org.orgId}/trainings/sessions/${a.trainingSessionId}`}>
                  {t('safeSpaces.linkedSession')}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
        {can('safe_space', 'update') ? <ActivityForm spaceId={s.id} onSaved={detail.reload} /> : null}
      </section>
    </Page>
  );
}
