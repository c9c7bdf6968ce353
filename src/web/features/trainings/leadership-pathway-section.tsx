import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PATHWAY_ROLES } from '../../../domain/leadership.schemas';
import { useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import { addMentorship, addPathwayRole, endPathwayRole, usePathway } from './trainings.resource';
import './trainings.css';

const today = () => new Date().toISOString().slice(0, 10);

function RoleForm({ memberId, onSaved }: { memberId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [role, setRole] = useState<string>('promotora');
  const [fromOn, setFromOn] = useState(today);
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await addPathwayRole(org.orgId, memberId, { role: role as (typeof PATHWAY_ROLES)[number], fromOn });
      onSaved();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <form className="form card" onSubmit={submit} noValidate>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <SelectField
        label={t('pathway.role')}
        name="role"
        value={role}
        onValue={setRole}
        options={PATHWAY_ROLES.map((r) => ({ value: r, label: t(`pathway.roles.${r}`) }))}
      />
      <TextField label={t('pathway.fromOn')} type="date" name="fromOn" value={fromOn} onValue={setFromOn} />
      <Button type="submit">{t('pathway.addRole')}</Button>
    </form>
  );
}

function MentorshipForm({ memberId, onSaved }: { memberId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [code, setCode] = useState('');
  const [fromOn, setFromOn] = useState(today);
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await addMentorship(org.orgId, memberId, {
        mentorDisplayCode: code,
        fromOn,
        ...(notes.trim() ? { notes } : {}),
      });
      setCode('');
      setNotes('');
      onSaved();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <form className="form card" onSubmit={submit} noValidate>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <TextField
        label={t('pathway.mentorCode')}
        name="mentorDisplayCode"
        value={code}
        onValue={setCode}
        autoCapitalize="characters"
      />
      <TextField
        label={t('pathway.fromOn')}
        type="date"
        name="mentorFromOn"
        value={fromOn}
        onValue={setFromOn}
      />
      <TextField
        label={t('pathway.notes')}
        hint={t('pathway.notesHint')}
        name="notes"
        value={notes}
        onValue={setNotes}
      />
      <Button type="submit">{t('pathway.addMentorship')}</Button>
    </form>
  );
}

/**
 * A member's leadership pathway on her page (coordinators only): trainings she attended, roles held
 * and mentoring. Reading it is audited on the server.
 */
export default function LeadershipPathwaySection({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const pathway = usePathway(org.orgId, memberId);
  const [adding, setAdding] = useState<'role' | 'mentorship' | null>(null);
  const saved = () => {
    setAdding(null);
    pathway.reload();
  };
  const p = pathway.data;
  return (
    <section className="card stack" aria-labelledby="pathway-title">
      <h2 id="pathway-title" className="form__title">
        {t('pathway.title')}
      </h2>
      {pathway.error ? <Alert kind="error">{pathway.error.message}</Alert> : null}
      {p ? (
        <>
          <h3>{t('pathway.trainings')}</h3>
          {p.trainings.length === 0 ? <p className="muted">{t('pathway.noTrainings')}</p> : null}
          <ul className="pathway-list" aria-label={t('pathway.trainings')}>
            {p.trainings.map((tr) => (
              <li key={tr.attendanceId}>
                {tr.courseTitle} · {tr.heldOn}{' '}
                <span className="badge">{t(`trainings.kinds.${tr.kind}`)}</span>
              </li>
            ))}
          </ul>
          <h3>{t('pathway.rolesTitle')}</h3>
          {p.roles.length === 0 ? <p className="muted">{t('pathway.noRoles')}</p> : null}
          <ul className="items">
            {p.roles.map((r) => (
              <li key={r.id} className="item item--compact">
                <span className="item__title">
                  {t(`pathway.roles.${r.role}`)} · {r.fromOn} – {r.toOn ?? t('pathway.current')}
                </span>
                {r.toOn === null ? (
                  <Button
                    variant="secondary"
                    onClick={async () => {
                      await endPathwayRole(org.orgId, memberId, r.id, today());
                      pathway.reload();
                    }}
                  >
                    {t('pathway.endRole')}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
          {adding === 'role' ? <RoleForm memberId={memberId} onSaved={saved} /> : null}
          <h3>{t('pathway.mentoring')}</h3>
          {p.mentorships.length === 0 ? <p className="muted">{t('pathway.noMentoring')}</p> : null}
          <ul className="items">
            {p.mentorships.map((m) => (
              <li key={m.id} className="item item--wrap item--compact">
                <div className="item__main">
                  <p className="item__title">
                    {t(`pathway.mentorKinds.${m.mentorKind}`, { mentor: m.mentor })} · {m.fromOn} –{' '}
                    {m.toOn ?? t('pathway.current')}
                  </p>
                  {m.notes ? <p className="muted flush">{m.notes}</p> : null}
                </div>
              </li>
            ))}
          </ul>
          {adding === 'mentorship' ? <MentorshipForm memberId={memberId} onSaved={saved} /> : null}
          {adding === null ? (
            <div className="actions-list">
              <Button variant="secondary" onClick={() => setAdding('role')}>
                {t('pathway.addRole')}
              </Button>
              <Button variant="secondary" onClick={() => setAdding('mentorship')}>
                {t('pathway.addMentorship')}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
