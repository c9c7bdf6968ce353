import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PARTICIPANT_TYPES, type SessionView } from '../../../domain/trainings.schemas';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import {
  certificateUrl,
  removeAttendance,
  updateSession,
  useAttendance,
  useSession,
} from './trainings.resource';

/** External actors counted by type (never listed), saved in one go. */
function ExternalCountsEditor({
  session,
  onSaved,
}: {
  session: SessionView;
  onSaved: (s: SessionView) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const initial = Object.fromEntries(session.externalCounts.map((e) => [e.participantType, String(e.count)]));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function save() {
    setBusy(true);
    setError(null);
    try {
      const externalCounts = PARTICIPANT_TYPES.flatMap((participantType) => {
        const count = Number(values[participantType] ?? '');
        return Number.isInteger(count) && count > 0 ? [{ participantType, count }] : [];
      });
      onSaved(await updateSession(org.orgId, session.id, { externalCounts }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="card stack" aria-labelledby="external-title">
      <h2 id="external-title" className="form__title">
        {t('trainings.external.title')}
      </h2>
      <p className="muted flush">{t('trainings.external.hint')}</p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <div className="trainings-counts">
        {PARTICIPANT_TYPES.map((type) => (
          <TextField
            key={type}
            label={t(`trainings.participantTypes.${type}`)}
            name={type}
            inputMode="numeric"
            value={values[type] ?? ''}
            onValue={(v) => setValues((all) => ({ ...all, [type]: v.replace(/\D/g, '') }))}
          />
        ))}
      </div>
      <Button onClick={save} busy={busy}>
        {t('trainings.external.save')}
      </Button>
    </section>
  );
}

/** Who came, by display code: coordinators only (the server refuses everyone else). */
function Attendees({ sessionId, onChanged }: { sessionId: string; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const list = useAttendance(org.orgId, sessionId);
  return (
    <section aria-labelledby="attendees-title">
      <h2 id="attendees-title">{t('trainings.attendees.title')}</h2>
      <p className="muted">{t('trainings.attendees.private')}</p>
      {list.error ? <Alert kind="error">{list.error.message}</Alert> : null}
      {list.data && list.data.attendees.length === 0 ? (
        <p className="empty">{t('trainings.attendees.none')}</p>
      ) : null}
      <ul className="items">
        {list.data?.attendees.map((a) => (
          <li key={a.id} className="item item--wrap item--compact">
            <div className="item__main">
              <p className="item__title">
                <Link href={`~/o/${org.orgId}/members/${a.memberId}`}>{a.displayCode}</Link>
              </p>
              {a.preScore !== null || a.postScore !== null ? (
                <p className="muted flush">
                  {t('trainings.scores', { pre: a.preScore ?? '—', post: a.postScore ?? '—' })}
                </p>
              ) : null}
            </div>
            <div className="actions-list">
              <a
                className="button button--secondary"
                href={certificateUrl(org.orgId, sessionId, a.id, i18n.language)}
                download
              >
                {t('trainings.attendees.certificate')}
              </a>
              <ConfirmAction
                label={t('trainings.attendees.remove')}
                question={t('trainings.attendees.removeQuestion', { code: a.displayCode })}
                confirmLabel={t('trainings.attendees.remove')}
                cancelLabel={t('trainings.cancel')}
                danger
                onConfirm={async () => {
                  await removeAttendance(org.orgId, sessionId, a.id);
                  list.reload();
                  onChanged();
                }}
              />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SessionDetail({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const session = useSession(org.orgId, sessionId);
  if (session.error) return <Alert kind="error">{session.error.message}</Alert>;
  if (!session.data) return <Loading label={t('common.loading')} />;
  const s = session.data;
  const facilitators = [...s.facilitators.map((f) => f.name), ...s.facilitatorRoles];
  const externalTotal = s.externalCounts.reduce((sum, e) => sum + e.count, 0);
  return (
    <Page
      title={s.courseTitle}
      lead={`${s.heldOn}${s.startTime ? ` · ${s.startTime}` : ''}${s.place ? ` · ${s.place}` : ''}`}
      actions={
        <Link href="/" className="button button--link">
          {t('trainings.backToList')}
        </Link>
      }
    >
      {can('training_attendance', 'create') ? (
        <p>
          <Link href={`/sessions/${s.id}/door`} className="button button--primary">
            {t('trainings.door.open')}
          </Link>
        </p>
      ) : null}
      <dl className="facts card">
        <div>
          <dt>{t('trainings.kind')}</dt>
          <dd>{t(`trainings.kinds.${s.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('trainings.memberCount')}</dt>
          <dd>{s.memberCount}</dd>
        </div>
        <div>
          <dt>{t('trainings.externalCount')}</dt>
          <dd>
            {externalTotal}
            {s.externalCounts.length
              ? ` (${s.externalCounts.map((e) => `${e.count} ${t(`trainings.participantTypes.${e.participantType}`)}`).join(', ')})`
              : ''}
          </dd>
        </div>
        <div>
          <dt>{t('trainings.facilitators')}</dt>
          <dd>{facilitators.join(', ') || '—'}</dd>
        </div>
        <div>
          <dt>{t('trainings.averages')}</dt>
          <dd>{t('trainings.scores', { pre: s.preScoreAvg ?? '—', post: s.postScoreAvg ?? '—' })}</dd>
        </div>
      </dl>
      {s.materialLinks.length ? (
        <section aria-labelledby="materials-title">
          <h2 id="materials-title">{t('trainings.materials')}</h2>
          <ul>
            {s.materialLinks.map((link) => (
              <li key={link}>
                <a href={link} rel="noreferrer noopener" target="_blank">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {can('training', 'update') && (s.audience === 'external' || s.externalCounts.length > 0) ? (
        <ExternalCountsEditor session={s} onSaved={(next) => session.setData(() => next)} />
      ) : null}
      {can('training_attendance', 'list') ? <Attendees sessionId={s.id} onChanged={session.reload} /> : null}
    </Page>
  );
}
