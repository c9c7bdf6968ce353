import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../domain/ids';
import {
  ACTIVITY_STATUSES,
  ActivityCreateInput,
  PLANNING_LIMITS,
  type ActivityStatus,
  type ActivityView,
} from '../../../domain/planning.schemas';
import { validateWith } from '../../app/form-errors';
import { useCan, useOrg } from '../../app/org-context';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { useDayFormat } from './day-format';
import { createActivity, updateActivity, useActivities, useGrants, useStrategy } from './planning.resource';

/** The workplan: activities by start day, linked to objectives and grants, with their status. */
export function WorkplanPanel() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const day = useDayFormat();
  const activities = useActivities(org.orgId);
  const strategy = useStrategy(org.orgId);
  const grants = useGrants(org.orgId, can('grant', 'list'));
  const canUpdate = can('workplan', 'update');
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const objectiveTitle = useMemo(
    () => new Map((strategy.data?.objectives ?? []).map((o) => [o.id, o.title])),
    [strategy.data],
  );
  const grantTitle = useMemo(
    () => new Map((grants.data?.grants ?? []).map((g) => [g.id, `${g.title} (${g.funder})`])),
    [grants.data],
  );

  function replace(saved: ActivityView) {
    activities.setData(
      (current) =>
        current && {
          ...current,
          activities: current.activities.some((a) => a.id === saved.id)
            ? current.activities.map((a) => (a.id === saved.id ? saved : a))
            : [...current.activities, saved].sort((a, b) => a.startsOn.localeCompare(b.startsOn)),
        },
    );
  }

  async function changeStatus(activity: ActivityView, status: ActivityStatus) {
    setError(null);
    try {
      replace(await updateActivity(org.orgId, activity.id, { status }));
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : t('common.unexpectedError'));
    }
  }

  const list = activities.data?.activities ?? [];
  const done = list.filter((a) => a.status === 'done').length;
  const counted = list.filter((a) => a.status !== 'cancelled').length;

  return (
    <div className="stack">
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      <div className="page__head">
        <p className="muted">
          {counted > 0
            ? t('planning.workplan.progress', { done, total: counted })
            : t('planning.workplan.lead')}
        </p>
        {can('workplan', 'create') && !adding ? (
          <Button onClick={() => setAdding(true)}>{t('planning.workplan.new')}</Button>
        ) : null}
      </div>
      {adding ? (
        <ActivityForm
          objectives={(strategy.data?.objectives ?? []).filter((o) => o.active)}
          grants={[...grantTitle.entries()]}
          onSaved={(saved) => {
            replace(saved);
            setAdding(false);
            setNotice(t('planning.workplan.created', { title: saved.title }));
          }}
          onCancel={() => setAdding(false)}
        />
      ) : null}
      {activities.error ? <Alert kind="error">{activities.error.message}</Alert> : null}
      {activities.loading && !activities.data ? <Loading label={t('common.loading')} /> : null}
      {activities.data && list.length === 0 ? <p className="empty">{t('planning.workplan.empty')}</p> : null}
      <ul className="items">
        {list.map((activity) => (
          <li key={activity.id} className="item">
            <div className="item__main">
              <p className="item__title">
                {activity.title}
                {activity.late ? (
                  <span className="badge badge--warn">{t('planning.workplan.late')}</span>
                ) : null}
              </p>
              <dl className="item__meta">
                <div>
                  <dt>{t('planning.workplan.period')}</dt>
                  <dd>
                    {day(activity.startsOn)} – {day(activity.endsOn)}
                  </dd>
                </div>
                {activity.objectiveId ? (
                  <div>
                    <dt>{t('planning.workplan.objective')}</dt>
                    <dd>{objectiveTitle.get(activity.objectiveId) ?? '—'}</dd>
                  </div>
                ) : null}
                {activity.grantId ? (
                  <div>
                    <dt>{t('planning.workplan.grant')}</dt>
                    <dd>{grantTitle.get(activity.grantId) ?? t('planning.workplan.grantLinked')}</dd>
                  </div>
                ) : null}
                {activity.responsibleRole ? (
                  <div>
                    <dt>{t('planning.workplan.responsibleRole')}</dt>
                    <dd>{activity.responsibleRole}</dd>
                  </div>
                ) : null}
              </dl>
            </div>
            {canUpdate ? (
              <div className="planning-status">
                <SelectField
                  label={t('planning.workplan.status')}
                  value={activity.status}
                  onValue={(value) => void changeStatus(activity, value as ActivityStatus)}
                  options={ACTIVITY_STATUSES.map((value) => ({
                    value,
                    label: t(`planning.workplan.statuses.${value}`),
                  }))}
                />
              </div>
            ) : (
              <span className="badge">{t(`planning.workplan.statuses.${activity.status}`)}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ActivityForm({
  objectives,
  grants,
  onSaved,
  onCancel,
}: {
  objectives: { id: string; title: string }[];
  grants: [string, string][];
  onSaved: (saved: ActivityView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const [id] = useState(() => newId());
  const [title, setTitle] = useState('');
  const [objectiveId, setObjectiveId] = useState('');
  const [grantId, setGrantId] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [responsibleRole, setResponsibleRole] = useState('');
  const [status, setStatus] = useState<string>('planned');
  const form = useForm([
    'title',
    'objectiveId',
    'grantId',
    'startsOn',
    'endsOn',
    'responsibleRole',
    'status',
  ]);
  const onSubmit = form.handle(
    () =>
      validateWith(ActivityCreateInput, {
        id,
        title,
        objectiveId: objectiveId || null,
        grantId: grantId || null,
        startsOn,
        endsOn,
        responsibleRole: responsibleRole.trim() ? responsibleRole : null,
        status,
      }),
    async (input) => onSaved(await createActivity(org.orgId, input)),
  );
  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('planning.workplan.new')}
    >
      <h2 className="form__title">{t('planning.workplan.new')}</h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextField
        label={t('planning.workplan.titleField')}
        name="title"
        required
        maxLength={PLANNING_LIMITS.titleMax}
        value={title}
        onValue={setTitle}
        error={form.fieldErrors.title}
      />
      <SelectField
        label={t('planning.workplan.objective')}
        name="objectiveId"
        value={objectiveId}
        onValue={setObjectiveId}
        options={[
          { value: '', label: t('planning.workplan.noObjective') },
          ...objectives.map((o) => ({ value: o.id, label: o.title })),
        ]}
        error={form.fieldErrors.objectiveId}
      />
      {grants.length ? (
        <SelectField
          label={t('planning.workplan.grant')}
          name="grantId"
          value={grantId}
          onValue={setGrantId}
          options={[
            { value: '', label: t('planning.workplan.noGrant') },
            ...grants.map(([value, label]) => ({ value, label })),
          ]}
          error={form.fieldErrors.grantId}
        />
      ) : null}
      <div className="planning-dates">
        <TextField
          label={t('planning.workplan.startsOn')}
          name="startsOn"
          type="date"
          required
          value={startsOn}
          onValue={setStartsOn}
          error={form.fieldErrors.startsOn}
        />
        <TextField
          label={t('planning.workplan.endsOn')}
          name="endsOn"
          type="date"
          required
          value={endsOn}
          onValue={setEndsOn}
          error={form.fieldErrors.endsOn}
        />
      </div>
      <TextField
        label={t('planning.workplan.responsibleRole')}
        name="responsibleRole"
        maxLength={PLANNING_LIMITS.roleMax}
        value={responsibleRole}
        onValue={setResponsibleRole}
        error={form.fieldErrors.responsibleRole}
      />
      <SelectField
        label={t('planning.workplan.status')}
        name="status"
        value={status}
        onValue={setStatus}
        options={ACTIVITY_STATUSES.map((value) => ({
          value,
          label: t(`planning.workplan.statuses.${value}`),
        }))}
        error={form.fieldErrors.status}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('planning.workplan.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
