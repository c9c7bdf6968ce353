import { Suspense, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  CASE_CONSENT_PURPOSES,
  CASE_OUTCOMES,
  isActiveStatus,
  type CaseStatus,
  NON_STATE_PERPETRATORS,
  STATE_PERPETRATORS,
  type CaseConsentPurpose,
  type PerpetratorType,
} from '../../../domain/cases';
import { ACT_METHODS, CASE_LIMITS, type CaseView } from '../../../domain/cases.schemas';
import { ApiError } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { CASE_DETAIL_SECTIONS } from './case-detail-sections';
import { formatOccurred, useActTypeLabel } from './case-labels';
import { UrgentChecklist } from './case-queue';
import {
  addAct,
  addPerpetrator,
  addVictim,
  assignParalegal,
  breakGlass,
  changeStatus,
  recordConsent,
  removeAct,
  removePerpetrator,
  removeVictim,
  unassignParalegal,
  updateCase,
  useActTypes,
  useCase,
  useCaseTimeline,
  useCaseViewers,
  useStaff,
} from './cases.resource';

const messageOf = (error: unknown) => (error instanceof ApiError ? error.message : String(error));

/** Runs a write, then reloads; keeps the error to show beside the control. */
function useAction(onDone: () => void) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // One action at a time: a second tap while the first is on its way is ignored, not sent twice.
  const inFlight = useRef(false);
  async function run(key: string, work: () => Promise<unknown>): Promise<boolean> {
    if (inFlight.current) return false;
    inFlight.current = true;
    setBusy(key);
    setError(null);
    try {
      await work();
      onDone();
      return true;
    } catch (reason) {
      setError(messageOf(reason));
      return false;
    } finally {
      inFlight.current = false;
      setBusy(null);
    }
  }
  return { busy, error, run };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="case-section">
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

function BreakGlassPanel({ view, onChanged }: { view: CaseView; onChanged: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const action = useAction(onChanged);
  if (view.access === 'break_glass' && view.breakGlassExpiresAt)
    return (
      <Alert kind="info">
        <strong>{t('cases.breakGlass.title')}.</strong>{' '}
        {t('cases.breakGlass.active', { time: format.dateTime(view.breakGlassExpiresAt) })}
      </Alert>
    );
  if (view.access !== 'none' || !can('hr_case_sensitive', 'break_glass')) return null;
  if (!open)
    return (
      <div className="case-glass">
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('cases.breakGlass.open')}
        </Button>
      </div>
    );
  const tooShort = reason.trim().length < CASE_LIMITS.breakGlassReasonMin;
  return (
    <form
      className="card form case-glass"
      aria-labelledby="glass-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (tooShort) return;
        void action.run('glass', () => breakGlass(org.orgId, view.id, reason.trim()));
      }}
    >
      <h2 id="glass-title" className="flush">
        {t('cases.breakGlass.title')}
      </h2>
      <p>{t('cases.breakGlass.lead')}</p>
      {action.error ? <Alert kind="error">{action.error}</Alert> : null}
      <TextAreaField
        label={t('cases.breakGlass.reason')}
        hint={t('cases.breakGlass.reasonHint')}
        value={reason}
        rows={3}
        maxLength={CASE_LIMITS.breakGlassReasonMax}
        onValue={setReason}
      />
      <div className="form__actions">
        <Button type="submit" variant="danger" busy={action.busy === 'glass'} disabled={tooShort}>
          {t('cases.breakGlass.confirm')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('cases.breakGlass.cancel')}
        </Button>
      </div>
    </form>
  );
}

function BreakGlassNotices({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (view.breakGlass.length === 0) return null;
  return (
    <section className="notice case-glass-notice" aria-labelledby="glass-notice-title">
      <h2 id="glass-notice-title" className="flush">
        {t('cases.breakGlass.noticeTitle')}
      </h2>
      <ul className="items">
        {view.breakGlass.map((entry) => (
          <li key={entry.id} className="item item--compact">
            <div className="item__main">
              <p className="item__title">
                {t('cases.breakGlass.noticeItem', {
                  name: entry.displayName,
                  date: format.dateTime(entry.grantedAt),
                })}{' '}
                <span className={entry.active ? 'badge badge--warn' : 'badge'}>
                  {entry.active ? t('cases.breakGlass.noticeActive') : t('cases.breakGlass.noticeEnded')}
                </span>
              </p>
              {entry.reason ? (
                <p className="item__text">{t('cases.breakGlass.reasonLabel', { reason: entry.reason })}</p>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Narrative({
  view,
  editable,
  onChanged,
}: {
  view: CaseView;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(view.narrative ?? '');
  const action = useAction(() => {
    setEditing(false);
    onChanged();
  });
  if (view.access === 'none')
    return (
      <Section id="narrative" title={t('cases.detail.narrative')}>
        <p className="muted">{t('cases.detail.narrativeHidden')}</p>
      </Section>
    );
  return (
    <Section id="narrative" title={t('cases.detail.narrative')}>
      {action.error ? <Alert kind="error">{action.error}</Alert> : null}
      {editing ? (
        <div className="form">
          <TextAreaField
            label={t('cases.detail.narrative')}
            value={text}
            rows={8}
            maxLength={CASE_LIMITS.narrativeMax}
            onValue={setText}
          />
          <div className="form__actions">
            <Button
              busy={action.busy === 'narrative'}
              onClick={() =>
                void action.run('narrative', () =>
                  updateCase(org.orgId, view.id, { narrative: text.trim() ? text : null }),
                )
              }
            >
              {t('cases.detail.save')}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              {t('cases.detail.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <>
          <p className="case-narrative">{view.narrative ?? t('cases.detail.noNarrative')}</p>
          {editable ? (
            <Button
              variant="secondary"
              onClick={() => {
                setText(view.narrative ?? '');
                setEditing(true);
              }}
            >
              {t('cases.detail.edit')}
            </Button>
          ) : null}
        </>
      )}
    </Section>
  );
}

function Acts({ view, editable, onChanged }: { view: CaseView; editable: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const actTypes = useActTypes(org.orgId);
  const label = useActTypeLabel(actTypes.data?.actTypes);
  const [actType, setActType] = useState('');
  const [method, setMethod] = useState('');
  const action = useAction(() => {
    setActType('');
    onChanged();
  });
  return (
    <Section id="acts" title={t('cases.detail.acts')}>
      {action.error ? <Alert kind="error">{action.error}</Alert> : null}
      <ul className="items">
        {view.acts.map((act) => (
          <li key={act.id} className="item item--compact">
            <div className="item__main">
              <p className="item__title">{label(act.actType)}</p>
              <p className="item__text muted">
                {[
                  act.method ? t(`cases.method.${act.method}`) : null,
                  ...act.consequences.map((c) => t(`cases.consequence.${c}`)),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </div>
            {editable && view.acts.length > 1 ? (
              <Button
                variant="link"
                busy={action.busy === act.id}
                onClick={() => void action.run(act.id, () => removeAct(org.orgId, view.id, act.id))}
              >
                {t('cases.detail.remove')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <div className="case-add">
          <SelectField
            label={t('cases.wizard.actType')}
            value={actType}
            onValue={setActType}
            options={[
              { value: '', label: t('cases.wizard.chooseActType') },
              ...(actTypes.data?.actTypes ?? [])
                .filter((type) => type.active)
                .map((type) => ({ value: type.key, label: label(type.key) })),
            ]}
          />
          <SelectField
            label={t('cases.wizard.method')}
            value={method}
            onValue={setMethod}
            options={[
              { value: '', label: t('cases.method.none') },
              ...ACT_METHODS.map((m) => ({ value: m, label: t(`cases.method.${m}`) })),
            ]}
          />
          <Button
            variant="secondary"
            disabled={!actType}
            busy={action.busy === 'add'}
            onClick={() =>
              void action.run('add', () =>
                addAct(org.orgId, view.id, {
                  actType,
                  method: (method || null) as (typeof ACT_METHODS)[number] | null,
                }),
              )
            }
          >
            {t('cases.detail.add')}
          </Button>
        </div>
      ) : null}
    </Section>
  );
}

function Victims({
  view,
  editable,
  onChanged,
}: {
  view: CaseView;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const [code, setCode] = useState('');
  const [count, setCount] = useState('');
  const action = useAction(() => {
    setCode('');
    setCount('');
    onChanged();
  });
  return (
    <Section id="victims" title={t('cases.detail.victims')}>
      {action.error ? <Alert kind="error">{action.error}</Alert> : null}
      <ul className="items">
        {view.victims.map((victim) => (
          <li key={victim.id} className="item item--compact">
            <span>
              {victim.kind === 'member'
                ? victim.memberCode
                  ? t('cases.detail.victimMember', { code: victim.memberCode })
                  : t('cases.detail.victimMemberHidden')
                : victim.count === 1
                  ? t('cases.detail.victimAnonymousOne', { count: 1 })
                  : t('cases.detail.victimAnonymousGroup', { count: victim.count })}
            </span>
            {editable && view.victims.length > 1 ? (
              <Button
                variant="link"
                busy={action.busy === victim.id}
                onClick={() => void action.run(victim.id, () => removeVictim(org.orgId, view.id, victim.id))}
              >
                {t('cases.detail.remove')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <div className="case-add">
          <TextField label={t('cases.wizard.memberCode')} value={code} autoComplete="off" onValue={setCode} />
          <Button
            variant="secondary"
            disabled={!code.trim()}
            busy={action.busy === 'code'}
            onClick={() => void action.run('code', () => addVictim(org.orgId, view.id, { memberCode: code }))}
          >
            {t('cases.detail.add')}
          </Button>
          <TextField
            type="number"
            inputMode="numeric"
            min={1}
            label={t('cases.wizard.anonymousCount')}
            value={count}
            onValue={setCount}
          />
          <Button
            variant="secondary"
            disabled={!(Number(count) >= 1)}
            busy={action.busy === 'count'}
            onClick={() =>
              void action.run('count', () => addVictim(org.orgId, view.id, { anonymousCount: Number(count) }))
            }
          >
            {t('cases.detail.add')}
          </Button>
        </div>
      ) : null}
    </Section>
  );
}

function Perpetrators({
  view,
  editable,
  onChanged,
}: {
  view: CaseView;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const [type, setType] = useState('');
  const [count, setCount] = useState('1');
  const [name, setName] = useState('');
  const action = useAction(() => {
    setType('');
    setCount('1');
    setName('');
    onChanged();
  });
  return (
    <Section id="perpetrators" title={t('cases.detail.perpetrators')}>
      {action.error ? <Alert kind="error">{action.error}</Alert> : null}
      {view.perpetrators.length === 0 ? <p className="muted">—</p> : null}
      <ul className="items">
        {view.perpetrators.map((p) => (
          <li key={p.id} className="item item--compact">
            <span>
              {t(`cases.perpetrator.${p.perpetratorType}`)}{' '}
              <span className="muted">
                ({p.state ? t('cases.perpetrator.state') : t('cases.perpetrator.nonState')})
              </span>{' '}
              {t('cases.detail.countOf', { count: p.count })}
              {p.name ? (
                <strong> · {p.name}</strong>
              ) : p.hasName ? (
                <span className="muted"> {t('cases.detail.nameHidden')}</span>
              ) : null}
            </span>
            {editable ? (
              <Button
                variant="link"
                busy={action.busy === p.id}
                onClick={() => void action.run(p.id, () => removePerpetrator(org.orgId, view.id, p.id))}
              >
                {t('cases.detail.remove')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <div className="case-add">
          <SelectField
            label={t('cases.wizard.perpetratorType')}
            value={type}
            onValue={setType}
            options={[
              { value: '', label: t('cases.wizard.choosePerpetrator') },
              ...STATE_PERPETRATORS.map((v) => ({
                value: v,
                label: `${t(`cases.perpetrator.${v}`)} (${t('cases.perpetrator.state')})`,
              })),
              ...NON_STATE_PERPETRATORS.map((v) => ({ value: v, label: t(`cases.perpetrator.${v}`) })),
            ]}
          />
          <TextField
            type="number"
            inputMode="numeric"
            min={1}
            label={t('cases.wizard.perpetratorCount')}
            value={count}
            onValue={setCount}
          />
          <TextField
            label={t('cases.wizard.perpetratorName')}
            value={name}
            autoComplete="off"
            onValue={setName}
          />
          <Button
            variant="secondary"
            disabled={!type || !(Number(count) >= 1)}
            busy={action.busy === 'add'}
            onClick={() =>
              void action.run('add', () =>
                addPerpetrator(org.orgId, view.id, {
                  perpetratorType: type as PerpetratorType,
                  count: Number(count),
                  name: name.trim() ? name : null,
                }),
              )
            }
          >
            {t('cases.detail.add')}
          </Button>
        </div>
      ) : null}
    </Section>
  );
}

function Consents({
  view,
  editable,
  onChanged,
}: {
  view: CaseView;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const format = useFormat();
  const action = useAction(onChanged);
  const record = (purpose: CaseConsentPurpose, granted: boolean) =>
    void action.run(purpose, () => recordConsent(org.orgId, view.id, { purpose, granted }));
  return (
    <Section id="consents" title={t('cases.consent.title')}>
      {action.error ? <Alert kind="error">{action.error}</Alert> : null}
      <ul className="items">
        {CASE_CONSENT_PURPOSES.map((purpose) => {
          const current = view.consents[purpose];
          const granted = current?.granted ?? false;
          const withdrawn = !granted && view.consentHistory.some((c) => c.purpose === purpose && c.granted);
          return (
            <li key={purpose} className="item item--compact">
              <div className="item__main">
                <p className="item__title">{t(`cases.consent.purposes.${purpose}`)}</p>
                <p className="item__text">
                  <span className={granted ? 'badge badge--ok' : 'badge'}>
                    {current
                      ? granted
                        ? t('cases.consent.granted')
                        : withdrawn
                          ? t('cases.consent.withdrawn')
                          : t('cases.consent.refused')
                      : t('cases.consent.none')}
                  </span>{' '}
                  {current ? (
                    <span className="muted small">
                      {t('cases.consent.recorded', { date: format.date(`${current.recordedOn}T12:00:00`) })}
                    </span>
                  ) : null}
                </p>
              </div>
              {editable ? (
                <Button
                  variant="secondary"
                  busy={action.busy === purpose}
                  aria-label={`${granted ? t('cases.consent.withdraw') : t('cases.consent.grant')}: ${t(`cases.consent.purposes.${purpose}`)}`}
                  onClick={() => record(purpose, !granted)}
                >
                  {granted ? t('cases.consent.withdraw') : t('cases.consent.grant')}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

function StatusControl({ view, onChanged }: { view: CaseView; onChanged: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [outcome, setOutcome] = useState('');
  const action = useAction(onChanged);
  const move = (status: CaseStatus) =>
    void action.run(status, () =>
      changeStatus(org.orgId, view.id, {
        status,
        ...(status === 'closed' ? { outcome: outcome as (typeof CASE_OUTCOMES)[number] } : {}),
      }),
    );
  return (
    <Section id="status" title={t('cases.detail.statusTitle')}>
      <p>
        <span className={`badge case-status case-status--${view.status}`}>
          {t(`cases.status.${view.status}`)}
        </span>
        {view.outcome ? <strong> · {t(`cases.outcome.${view.outcome}`)}</strong> : null}
      </p>
      {view.status === 'archived' ? <p className="muted">{t('cases.detail.archivedNote')}</p> : null}
      {action.error ? <Alert kind="error">{action.error}</Alert> : null}
      {view.access !== 'none' && view.nextStatuses.length > 0 ? (
        <div className="case-add">
          {view.nextStatuses.includes('closed') ? (
            <SelectField
              label={t('cases.detail.outcome')}
              hint={t('cases.detail.closeHint')}
              value={outcome}
              onValue={setOutcome}
              options={[
                { value: '', label: t('cases.detail.chooseOutcome') },
                ...CASE_OUTCOMES.map((o) => ({ value: o, label: t(`cases.outcome.${o}`) })),
              ]}
            />
          ) : null}
          <div className="form__actions">
            {view.nextStatuses.map((status) => (
              <Button
                key={status}
                variant={status === 'closed' ? 'primary' : 'secondary'}
                busy={action.busy === status}
                disabled={status === 'closed' && !outcome}
                onClick={() => move(status)}
              >
                {t('cases.detail.moveTo', { status: t(`cases.status.${status}`) })}
              </Button>
            ))}
          </div>
        </div>
      ) : null}
    </Section>
  );
}

function Assignments({ view, onChanged }: { view: CaseView; onChanged: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const mayAssign = can('hr_case', 'assign') && can('org_user', 'list');
  const staff = useStaff(org.orgId, mayAssign);
  const [userId, setUserId] = useState('');
  const action = useAction(() => {
    setUserId('');
    onChanged();
  });
  const assigned = new Set(view.assignees.map((a) => a.userId));
  const paralegals = (staff.data?.users ?? []).filter(
    (u) => u.role === 'paralegal' && !u.disabled && !assigned.has(u.userId),
  );
  return (
    <Section id="assignees" title={t('cases.detail.assignees')}>
      {action.error ? <Alert kind="error">{action.error}</Alert> : null}
      {view.assignees.length === 0 ? <p className="muted">{t('cases.detail.noAssignees')}</p> : null}
      <ul className="items">
        {view.assignees.map((a) => (
          <li key={a.userId} className="item item--compact">
            <span>{a.displayName}</span>
            {mayAssign ? (
              <Button
                variant="link"
                busy={action.busy === a.userId}
                onClick={() =>
                  void action.run(a.userId, () => unassignParalegal(org.orgId, view.id, a.userId))
                }
              >
                {t('cases.detail.unassign')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {mayAssign && paralegals.length > 0 ? (
        <div className="case-add">
          <SelectField
            label={t('cases.detail.chooseParalegal')}
            value={userId}
            onValue={setUserId}
            options={[
              { value: '', label: t('cases.detail.chooseParalegal') },
              ...paralegals.map((u) => ({ value: u.userId, label: u.displayName })),
            ]}
          />
          <Button
            variant="secondary"
            disabled={!userId}
            busy={action.busy === 'assign'}
            onClick={() => void action.run('assign', () => assignParalegal(org.orgId, view.id, userId))}
          >
            {t('cases.detail.assign')}
          </Button>
        </div>
      ) : null}
    </Section>
  );
}

function Timeline({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const format = useFormat();
  const timeline = useCaseTimeline(org.orgId, caseId);
  const text = (kind: string, details: Record<string, unknown>) => {
    if (kind === 'status_changed')
      return t('cases.events.status_changed', {
        from: t(`cases.status.${String(details.from)}`),
        to: t(`cases.status.${String(details.to)}`),
      });
    if (kind === 'consent' && typeof details.purpose === 'string')
      return `${t('cases.events.consent')}: ${t(`cases.consent.purposes.${details.purpose}`)} — ${
        details.granted ? t('cases.consent.granted') : t('cases.consent.withdrawn')
      }`;
    return t(`cases.events.${kind}`, { defaultValue: t('cases.events.other', { kind }) });
  };
  return (
    <Section id="timeline" title={t('cases.detail.timeline')}>
      {timeline.error ? <Alert kind="error">{timeline.error.message}</Alert> : null}
      {timeline.data && timeline.data.events.length === 0 ? (
        <p className="muted">{t('cases.detail.noEvents')}</p>
      ) : null}
      <ol className="case-timeline">
        {(timeline.data?.events ?? []).map((event) => (
          <li key={event.id}>
            <span className="case-timeline__what">{text(event.kind, event.details)}</span>
            <span className="muted small">
              {format.dateTime(event.at)}
              {event.actor ? ` · ${event.actor}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </Section>
  );
}

function Viewers({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const format = useFormat();
  const viewers = useCaseViewers(org.orgId, caseId);
  const groups = new Map<
    string,
    { actor: string | null; role: string | null; times: number; last: string }
  >();
  for (const v of viewers.data?.viewers ?? []) {
    const key = `${v.actor ?? ''}|${v.role ?? ''}`;
    const group = groups.get(key);
    if (!group) groups.set(key, { actor: v.actor, role: v.role, times: 1, last: v.at });
    else {
      group.times += 1;
      if (v.at > group.last) group.last = v.at;
    }
  }
  return (
    <Section id="viewers" title={t('cases.detail.viewers')}>
      {viewers.error ? <Alert kind="error">{viewers.error.message}</Alert> : null}
      <ul className="items">
        {[...groups.values()].map((v) => (
          <li key={`${v.actor}|${v.role}`} className="item item--compact">
            <span>
              <strong>{v.actor ?? '—'}</strong>
              {v.role ? (
                <span className="muted"> · {t(`roles.${v.role}`, { defaultValue: v.role })}</span>
              ) : null}
            </span>
            <span className="muted small">
              {t('cases.detail.viewed', { n: format.number(v.times), date: format.dateTime(v.last) })}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** A case (issue 5): facts, sensitive fields when the caller may read them, status, people, timeline. */
export function CaseDetail({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const view = useCase(org.orgId, caseId);
  const [version, setVersion] = useState(0);
  const saved = (history.state as { saved?: string } | null)?.saved;
  const changed = () => {
    view.reload();
    setVersion((v) => v + 1);
  };
  if (view.error)
    return (
      <Page title={t('cases.title')}>
        <Alert kind="error">{view.error.message}</Alert>
        <Link href="/">{t('cases.detail.back')}</Link>
      </Page>
    );
  const data = view.data;
  if (!data) return <Loading label={t('cases.detail.loading')} />;
  const editable = data.access !== 'none' && can('hr_case', 'update') && data.status !== 'archived';
  const occurred = formatOccurred(data.occurredOn, data.occurredPrecision, i18n.language);
  const sections = CASE_DETAIL_SECTIONS.filter((entry) =>
    can(entry.requires.resource, entry.requires.action as never),
  );
  return (
    <Page
      title={data.reference}
      lead={
        <>
          <span className={`badge case-status case-status--${data.status}`}>
            {t(`cases.status.${data.status}`)}
          </span>
          {data.urgent ? <span className="badge badge--warn">{t('cases.detail.urgent')}</span> : null}{' '}
          <span className="muted small">{t(`cases.access.${data.access}`)}</span>
        </>
      }
      actions={
        <Link href="/" className="button button--secondary">
          {t('cases.detail.back')}
        </Link>
      }
    >
      {saved === data.reference ? (
        <Alert kind="success">{t('cases.wizard.saved', { reference: saved })}</Alert>
      ) : null}
      <BreakGlassPanel view={data} onChanged={changed} />
      <BreakGlassNotices view={data} />
      {data.urgent && isActiveStatus(data.status) ? <UrgentChecklist /> : null}
      <Section id="facts" title={t('cases.detail.facts')}>
        <dl className="case-facts">
          <dt>{t('cases.detail.occurred')}</dt>
          <dd>{occurred ?? t('cases.detail.none')}</dd>
          <dt>{t('cases.detail.where')}</dt>
          <dd>
            {[data.locationType ? t(`cases.location.${data.locationType}`) : null, data.areaName]
              .filter(Boolean)
              .join(' · ') || t('cases.detail.none')}
          </dd>
          <dt>{t('cases.detail.source')}</dt>
          <dd>
            {data.sourceType ? t(`cases.source.${data.sourceType}`) : t('cases.detail.none')} ·{' '}
            {t(`cases.reliability.${data.sourceReliability}`)}
          </dd>
          <dt>{t('cases.detail.needs')}</dt>
          <dd>{data.needs.map((n) => t(`cases.needs.${n}`)).join(' · ') || t('cases.detail.none')}</dd>
        </dl>
        {data.intakeChannel === 'self_report' ? (
          <p className="muted small">{t('cases.detail.intakeSelfReport')}</p>
        ) : null}
      </Section>
      <Narrative key={`${data.updatedAt}`} view={data} editable={editable} onChanged={changed} />
      <Acts view={data} editable={editable} onChanged={changed} />
      <Victims view={data} editable={editable} onChanged={changed} />
      <Perpetrators view={data} editable={editable} onChanged={changed} />
      <Consents view={data} editable={editable} onChanged={changed} />
      <StatusControl view={data} onChanged={changed} />
      <Assignments view={data} onChanged={changed} />
      {sections.map((entry) => (
        <Suspense key={entry.id} fallback={<Loading label={t('common.loading')} />}>
          <entry.section orgId={org.orgId} caseId={caseId} />
        </Suspense>
      ))}
      <Timeline key={`timeline-${version}`} caseId={caseId} />
      {can('hr_case_sensitive', 'read') && data.access !== 'none' ? (
        <Viewers key={`viewers-${version}`} caseId={caseId} />
      ) : null}
    </Page>
  );
}
