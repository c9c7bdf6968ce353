import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useLocation } from 'wouter';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading, Page } from '../../ui/page';
import { DoorAttendance } from './door-attendance';
import { SessionDetail } from './session-detail';
import { CourseForm, SessionForm } from './training-forms';
import { useCourses, useSessions } from './trainings.resource';
import './trainings.css';

function TrainingsHome() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const [, navigate] = useLocation();
  const sessions = useSessions(org.orgId);
  const courses = useCourses(org.orgId);
  const [editing, setEditing] = useState<'course' | 'session' | null>(null);
  const mayCreate = can('training', 'create');
  return (
    <Page
      title={t('trainings.title')}
      lead={t('trainings.intro')}
      actions={
        mayCreate && !editing ? (
          <div className="actions-list">
            <Button onClick={() => setEditing('session')} disabled={!courses.data?.courses.length}>
              {t('trainings.newSession')}
            </Button>
            <Button variant="secondary" onClick={() => setEditing('course')}>
              {t('trainings.newCourse')}
            </Button>
          </div>
        ) : null
      }
    >
      {editing === 'course' ? (
        <CourseForm
          orgId={org.orgId}
          onSaved={() => {
            setEditing(null);
            courses.reload();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {editing === 'session' && courses.data ? (
        <SessionForm
          orgId={org.orgId}
          courses={courses.data.courses}
          onSaved={(id) => navigate(`/sessions/${id}`)}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {sessions.loading && !sessions.data ? <Loading label={t('common.loading')} /> : null}
      {sessions.error ? <Alert kind="error">{sessions.error.message}</Alert> : null}
      {sessions.data && sessions.data.sessions.length === 0 ? (
        <p className="empty">{t('trainings.empty')}</p>
      ) : null}
      <ul className="items">
        {sessions.data?.sessions.map((s) => {
          const external = s.externalCounts.reduce((sum, e) => sum + e.count, 0);
          return (
            <li key={s.id} className="item item--wrap">
              <div className="item__main">
                <p className="item__title">
                  <Link href={`/sessions/${s.id}`}>{s.courseTitle}</Link>{' '}
                  <span className="badge">{t(`trainings.audiences.${s.audience}`)}</span>
                </p>
                <p className="muted flush">
                  {s.heldOn}
                  {s.place ? ` · ${s.place}` : ''} ·{' '}
                  {t('trainings.countsLine', { members: s.memberCount, external })}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
      {courses.data?.courses.length ? (
        <section aria-labelledby="courses-title">
          <h2 id="courses-title">{t('trainings.courses')}</h2>
          <ul className="items">
            {courses.data.courses.map((c) => (
              <li key={c.id} className="item item--compact">
                <span className="item__title">{c.title}</span>
                <span className="badge">{t(`trainings.kinds.${c.kind}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}

/** Trainings (issue 7 §1): sessions with counts, a session's page, and attendance at the door. */
export default function TrainingsPage() {
  return (
    <Switch>
      <Route path="/">
        <TrainingsHome />
      </Route>
      <Route path="/sessions/:sessionId/door">
        {(params) => <DoorAttendance key={params.sessionId} sessionId={params.sessionId} />}
      </Route>
      <Route path="/sessions/:sessionId">
        {(params) => <SessionDetail key={params.sessionId} sessionId={params.sessionId} />}
      </Route>
    </Switch>
  );
}
