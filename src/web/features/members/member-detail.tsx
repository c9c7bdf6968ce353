import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { formatDisplayCode } from '../../../domain/members';
import {
  CONSENT_PURPOSES,
  MemberUpdateInput,
  type ConsentPurpose,
  type MemberView,
} from '../../../domain/members.schemas';
import { ApiError } from '../../app/api-client';
import { validateWith } from '../../app/form-errors';
import { useForm } from '../../app/use-form';
import { useFormat } from '../../app/format';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { todayOnDevice } from '../contacts/contact-package';
import { ConfirmAction } from '../../ui/confirm-action';
import { Loading, Page } from '../../ui/page';
import { ContactForm } from '../contacts/contact-form';
import { ContactHistory } from '../contacts/contact-history';
import { usualPackage } from '../contacts/contact-package';
import { useMemberContacts } from '../contacts/contacts.resource';
import type { MemberList } from '../../../domain/members.schemas';
import { useApiData } from '../../app/use-api-data';
import {
  BasicFields,
  draftFrom,
  draftToInput,
  MEMBER_FORM_FIELDS,
  MoreFields,
  useAttributeChoices,
  type AttributeChoices,
  type AttributeDraft,
} from './member-attribute-fields';
import {
  memberListUrl,
  markNotDuplicate,
  mergeMember,
  recordConsent,
  updateMember,
  useMember,
  useMemberViewers,
  useRegistrySettings,
  useSites,
} from './members.resource';
import LeadershipPathwaySection from '../trainings/leadership-pathway-section';

function Consents({ member, onChanged }: { member: MemberView; onChanged: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const format = useFormat();
  const [busy, setBusy] = useState<ConsentPurpose | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mayRecord = can('member_consent', 'create') && !member.mergedIntoId;
  async function record(purpose: ConsentPurpose, granted: boolean) {
    setBusy(purpose);
    setError(null);
    try {
      await recordConsent(org.orgId, member.id, { purpose, granted });
      onChanged();
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : String(reason));
    } finally {
      setBusy(null);
    }
  }
  return (
    <section aria-labelledby="consents-title">
      <h2 id="consents-title">{t('members.consent.title')}</h2>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <ul className="items">
        {CONSENT_PURPOSES.map((purpose) => {
          const current = member.consents[purpose];
          const granted = current?.granted ?? false;
          return (
            <li key={purpose} className="item item--compact">
              <div className="item__main">
                <p className="item__title">{t(`members.consent.purposes.${purpose}`)}</p>
                <p className="item__text">
                  <span className={granted ? 'badge badge--ok consent-badge' : 'badge consent-badge'}>
                    {current
                      ? granted
                        ? t('members.consent.granted')
                        : t('members.consent.withdrawn')
                      : t('members.consent.none')}
                  </span>{' '}
                  {current
                    ? t('members.consent.recordedBy', {
                        name: current.recordedBy ?? '—',
                        date: format.date(`${current.recordedOn}T12:00:00`),
                      })
                    : null}
                </p>
              </div>
              {mayRecord ? (
                <Button
                  variant="secondary"
                  busy={busy === purpose}
                  aria-label={`${granted ? t('members.consent.withdraw') : t('members.consent.grant')}: ${t(`members.consent.purposes.${purpose}`)}`}
                  onClick={() => void record(purpose, !granted)}
                >
                  {granted ? t('members.consent.withdraw') : t('members.consent.grant')}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface ViewerGroup {
  actor: string | null;
  role: string | null;
  times: number;
  last: string;
}

/** One line per person: how many times she opened the record and when last (newest first). */
function groupViewers(
  viewers: readonly { actor: string | null; role: string | null; at: string }[],
): ViewerGroup[] {
  const groups = new Map<string, ViewerGroup>();
  for (const viewer of viewers) {
    const key = `${viewer.actor ?? ''}|${viewer.role ?? ''}`;
    const group = groups.get(key);
    if (!group) groups.set(key, { actor: viewer.actor, role: viewer.role, times: 1, last: viewer.at });
    else {
      group.times += 1;
      if (viewer.at > group.last) group.last = viewer.at;
    }
  }
  return [...groups.values()].sort((a, b) => (a.last < b.last ? 1 : -1));
}

function Viewers({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const format = useFormat();
  const viewers = useMemberViewers(org.orgId, memberId);
  return (
    <section aria-labelledby="viewers-title">
      <h2 id="viewers-title">{t('members.viewers')}</h2>
      {viewers.error ? <Alert kind="error">{viewers.error.message}</Alert> : null}
      {viewers.data && viewers.data.viewers.length === 0 ? (
        <p className="empty">{t('members.noViewers')}</p>
      ) : null}
      <ul className="items">
        {groupViewers(viewers.data?.viewers ?? []).map((viewer) => (
          <li key={`${viewer.actor ?? ''}|${viewer.role ?? ''}`} className="item item--compact">
            <span>
              <strong>{viewer.actor ?? '—'}</strong>
              {viewer.role ? (
                <span className="muted"> · {t(`roles.${viewer.role}`, { defaultValue: viewer.role })}</span>
              ) : null}
            </span>
            <span className="muted small">
              {t('memberScreens.detail.viewed', {
                n: format.number(viewer.times),
                date: format.dateTime(viewer.last),
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Duplicates({ member, onChanged }: { member: MemberView; onChanged: (goTo?: string) => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const [error, setError] = useState<string | null>(null);
  if (member.possibleDuplicates.length === 0 || member.mergedIntoId) return null;
  const mayMerge = can('member', 'merge');
  const mayMark = can('member', 'check_duplicate');
  return (
    <section className="notice" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title" className="flush">
        {t('members.possibleDuplicate')}
      </h2>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <ul className="items">
        {member.possibleDuplicates.map((other) => {
          const code = formatDisplayCode(other.displayCode);
          return (
            <li key={other.id} className="item item--wrap">
              <Link href={`/${other.id}`} className="member-code">
                {code}
              </Link>
              <div className="actions-list">
                {mayMerge ? (
                  <ConfirmAction
                    label={t('members.samePerson')}
                    question={t('members.mergeConfirm', { code })}
                    confirmLabel={t('memberScreens.detail.mergeConfirm')}
                    cancelLabel={t('memberScreens.register.cancel')}
                    onConfirm={async () => {
                      try {
                        const result = await mergeMember(org.orgId, member.id, other.id);
                        onChanged(result.kept.id);
                      } catch (reason) {
                        setError(reason instanceof ApiError ? reason.message : String(reason));
                      }
                    }}
                  />
                ) : null}
                {mayMark ? (
                  <Button
                    variant="secondary"
                    onClick={() => {
                      markNotDuplicate(org.orgId, member.id, other.id).then(
                        () => onChanged(),
                        (reason: unknown) =>
                          setError(reason instanceof ApiError ? reason.message : String(reason)),
                      );
                    }}
                  >
                    {t('members.notSamePerson')}
                  </Button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Risk factors and the condom-need figures, edited in place (priority follows the factors). */
function NeedsEditor({
  member,
  flags,
  flagLabel,
  onSaved,
  onCancel,
}: {
  member: MemberView;
  flags: readonly { key: string }[];
  flagLabel: (key: string) => string;
  onSaved: (member: MemberView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const [selected, setSelected] = useState<string[]>(member.riskFlags);
  const [partners, setPartners] = useState(
    member.partnersPerWeek === null ? '' : String(member.partnersPerWeek),
  );
  const [acts, setActs] = useState(member.actsPerPartner === null ? '' : String(member.actsPerPartner));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toNumber = (text: string) => (text.trim() === '' ? null : Number(text));
  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(
        await updateMember(org.orgId, member.id, {
          riskFlags: selected,
          partnersPerWeek: toNumber(partners),
          actsPerPartner: toNumber(acts),
        }),
      );
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : String(reason));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form
      className="card form"
      aria-labelledby="needs-edit-title"
      onSubmit={(event) => void save(event)}
      noValidate
    >
      <h3 id="needs-edit-title" className="flush">
        {t('memberScreens.detail.editNeeds')}
      </h3>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <fieldset className="chips">
        <legend className="field__label">{t('members.fields.riskFlags')}</legend>
        <p className="field__hint">{t('members.priorityHint')}</p>
        <div className="chips__list">
          {flags.map((flag) => (
            <label key={flag.key} className="chip">
              <input
                type="checkbox"
                checked={selected.includes(flag.key)}
                onChange={() =>
                  setSelected((list) =>
                    list.includes(flag.key) ? list.filter((k) => k !== flag.key) : [...list, flag.key],
                  )
                }
              />
              <span>{flagLabel(flag.key)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="member-needs">
        <label className="field">
          <span className="field__label">{t('members.fields.partnersPerWeek')}</span>
          <input
            className="field__input"
            inputMode="numeric"
            value={partners}
            onChange={(event) => setPartners(event.target.value.replace(/\D/g, ''))}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('members.fields.actsPerPartner')}</span>
          <input
            className="field__input"
            inputMode="numeric"
            value={acts}
            onChange={(event) => setActs(event.target.value.replace(/\D/g, ''))}
          />
        </label>
      </div>
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {t('memberScreens.detail.saveNeeds')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('memberScreens.register.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** "Editar datos": every attribute of the member but the risk factors and condom figures (edited above). */
function AttributesEditor({
  member,
  choices,
  onSaved,
  onCancel,
}: {
  member: MemberView;
  choices: AttributeChoices;
  onSaved: (member: MemberView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const form = useForm(MEMBER_FORM_FIELDS);
  const [draft, setDraft] = useState<AttributeDraft>(() => draftFrom(member, todayOnDevice()));
  const onDraft = (change: Partial<AttributeDraft>) => setDraft((current) => ({ ...current, ...change }));
  const submit = form.handle(
    () => validateWith(MemberUpdateInput, draftToInput(draft, choices, { needs: false })),
    async (input) => onSaved(await updateMember(org.orgId, member.id, input)),
  );
  return (
    <form
      ref={form.ref}
      className="card form"
      aria-labelledby="attributes-edit-title"
      onSubmit={submit}
      noValidate
    >
      <h3 id="attributes-edit-title" className="flush">
        {t('memberScreens.detail.editData')}
      </h3>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <BasicFields draft={draft} onDraft={onDraft} errors={form.fieldErrors} choices={choices} />
      <MoreFields draft={draft} onDraft={onDraft} errors={form.fieldErrors} choices={choices} needs={false} />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('memberScreens.detail.saveNeeds')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('memberScreens.register.cancel')}
        </Button>
      </div>
    </form>
  );
}

/**
 * Coordinators: merge this record into another one found by its code (the other record stays; its
 * contacts, sites and consents are joined). Two steps, never silent.
 */
function MergeEntry({ member, onMerged }: { member: MemberView; onMerged: (keptId: string) => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const search = query.replace(/[^0-9a-z]/gi, '').length >= 3;
  const found = useApiData<MemberList>(
    open && search ? memberListUrl(org.orgId, { q: query, siteId: '', flag: '', priority: false }) : null,
  );
  if (member.mergedIntoId) return null;
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('members.merge')}
      </Button>
    );
  }
  const candidates = (found.data?.members ?? []).filter((other) => other.id !== member.id);
  return (
    <section className="card stack" aria-labelledby="merge-title">
      <h2 id="merge-title" className="flush">
        {t('members.merge')}
      </h2>
      <p className="muted flush">{t('memberScreens.detail.mergeLead')}</p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <label className="field">
        <span className="field__label">{t('memberScreens.detail.mergeSearch')}</span>
        <input
          className="field__input"
          type="search"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      {search && found.data && candidates.length === 0 ? <p className="empty">{t('members.empty')}</p> : null}
      <ul className="items">
        {candidates.map((other) => {
          const code = formatDisplayCode(other.displayCode);
          return (
            <li key={other.id} className="item item--wrap">
              <span className="member-code">{code}</span>
              <ConfirmAction
                label={t('memberScreens.detail.mergeInto', { code })}
                question={t('members.mergeConfirm', { code })}
                confirmLabel={t('memberScreens.detail.mergeConfirm')}
                cancelLabel={t('memberScreens.register.cancel')}
                onConfirm={async () => {
                  setError(null);
                  try {
                    const result = await mergeMember(org.orgId, member.id, other.id);
                    onMerged(result.kept.id);
                  } catch (reason) {
                    setError(reason instanceof ApiError ? reason.message : String(reason));
                  }
                }}
              />
            </li>
          );
        })}
      </ul>
      <Button variant="link" onClick={() => setOpen(false)}>
        {t('memberScreens.register.cancel')}
      </Button>
    </section>
  );
}

/**
 * A member: today's contact first (the usual package preselected, one tap to save), the contact
 * history with its corrections, then who she is for the programme, consents, duplicates and — for
 * coordinators — who opened the record.
 */
export function MemberDetail({ memberId }: { memberId: string }) {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const format = useFormat();
  const [, navigate] = useLocation();
  const member = useMember(org.orgId, memberId);
  const contacts = useMemberContacts(org.orgId, memberId);
  const settings = useRegistrySettings(org.orgId);
  const sites = useSites(org.orgId);
  const [saved, setSaved] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [editing, setEditing] = useState(false);
  const [editingData, setEditingData] = useState(false);
  const choices = useAttributeChoices();

  if (member.error) {
    return (
      <Page title={t('memberScreens.detail.notFound')}>
        <Alert kind="error">{member.error.message}</Alert>
        <Link href="/" className="button button--secondary">
          {t('memberScreens.detail.backToList')}
        </Link>
      </Page>
    );
  }
  if (!member.data) return <Loading label={t('common.loading')} />;
  const m = member.data;
  const code = formatDisplayCode(m.displayCode);
  const siteChoices = (sites.data?.sites ?? []).map((site) => ({ id: site.id, name: site.name }));
  const siteName = (id: string) => siteChoices.find((site) => site.id === id)?.name ?? '—';
  const lang = i18n.language as 'es' | 'pt-BR' | 'en';
  const flagLabel = (key: string) => {
    const flag = settings.data?.riskFlags.find((f) => f.key === key);
    return flag ? (flag.labels[lang] ?? flag.labels.es) : key;
  };
  const history = contacts.data?.contacts ?? [];
  const mayContact = can('contact', 'create') && !m.mergedIntoId;
  const facts: [string, string][] = [
    [t('members.fields.ageBand'), t(`members.ageBands.${m.ageBand}`)],
    [t('members.fields.genderIdentity'), t(`members.genderIdentities.${m.genderIdentity}`)],
    [
      t('members.fields.workSettings'),
      m.workSettings.map((w) => t(`members.workSettings.${w}`)).join(', ') || '—',
    ],
    [t('members.fields.usualSiteIds'), m.usualSiteIds.map(siteName).join(', ') || '—'],
    [
      t('members.fields.firstContactOn'),
      m.firstContactOn ? format.date(`${m.firstContactOn}T12:00:00`) : '—',
    ],
    [t('members.monthlyCondomNeed'), m.monthlyCondomNeed === null ? '—' : format.number(m.monthlyCondomNeed)],
    [
      t('memberScreens.more.servedBefore'),
      m.servedBeforeSiteId
        ? siteName(m.servedBeforeSiteId)
        : (m.servedBeforeOrg ?? t('memberScreens.more.servedBeforeNone')),
    ],
    [
      t('members.fields.leadershipRoles'),
      m.leadershipRoles.map((r) => t(`members.leadershipRoles.${r}`)).join(', ') || '—',
    ],
  ];
  if (choices.assign)
    facts.push([
      t('members.fields.assignedUserId'),
      m.assignedUserId
        ? (choices.promotoras.find((p) => p.id === m.assignedUserId)?.name ?? '—')
        : t('members.unassigned'),
    ]);
  if (m.localGroupId)
    facts.push([
      t('members.fields.localGroupId'),
      choices.localGroups.find((g) => g.id === m.localGroupId)?.name ?? '—',
    ]);
  if (m.nationality) facts.push([t('members.fields.nationality'), format.country(m.nationality)]);
  if (m.migrantStatus)
    facts.push([t('members.fields.migrantStatus'), t(`members.migrantStatuses.${m.migrantStatus}`)]);
  if (m.contactChannel) facts.push([t('members.fields.contactChannel'), m.contactChannel]);
  if (m.notes) facts.push([t('members.fields.notes'), m.notes]);

  return (
    <Page
      title={t('memberScreens.detail.title', { code })}
      lead={m.priority ? t('members.priorityHint') : undefined}
      actions={
        <Link href="/" className="button button--link">
          {t('memberScreens.detail.backToList')}
        </Link>
      }
    >
      {m.priority ? <span className="badge badge--warn member-priority">{t('members.priority')}</span> : null}
      {m.mergedIntoId ? (
        <Alert kind="info">
          <Link href={`/${m.mergedIntoId}`}>{t('memberScreens.detail.mergedGo')}</Link>
        </Alert>
      ) : null}
      {saved ? (
        <div className="contact-saved">
          <Alert kind="success">{saved}</Alert>
          {mayContact ? (
            <Button variant="secondary" onClick={() => setSaved(null)}>
              {t('memberScreens.detail.anotherContact')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {mayContact && contacts.data && !saved ? (
        <ContactForm
          key={formKey}
          orgId={org.orgId}
          mode={{
            kind: 'member',
            memberId: m.id,
            usual: usualPackage(history),
            siteId: history.find((c) => c.effective)?.siteId ?? m.usualSiteIds[0] ?? null,
          }}
          sites={siteChoices}
          title={t('contactScreens.today')}
          onSaved={() => {
            setSaved(t('contactScreens.saved', { code }));
            setFormKey((k) => k + 1);
            contacts.reload();
          }}
        />
      ) : null}
      {contacts.loading && !contacts.data ? <Loading label={t('common.loading')} /> : null}
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('contactScreens.historyTitle')}</h2>
        {contacts.error ? <Alert kind="error">{contacts.error.message}</Alert> : null}
        {contacts.data ? (
          <ContactHistory
            orgId={org.orgId}
            contacts={history}
            sites={siteChoices}
            onChanged={() => {
              setSaved(null);
              contacts.reload();
            }}
          />
        ) : null}
      </section>
      <Duplicates
        member={m}
        onChanged={(goTo) => {
          if (goTo && goTo !== m.id) navigate(`/${goTo}`);
          else member.reload();
        }}
      />
      <section aria-labelledby="about-title">
        <h2 id="about-title">{t('memberScreens.detail.about')}</h2>
        <dl className="facts card">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {editingData ? (
          <AttributesEditor
            member={m}
            choices={choices}
            onSaved={(updated) => {
              member.setData(() => updated);
              setEditingData(false);
            }}
            onCancel={() => setEditingData(false)}
          />
        ) : can('member', 'update') && !m.mergedIntoId ? (
          <Button variant="secondary" onClick={() => setEditingData(true)}>
            {t('memberScreens.detail.editData')}
          </Button>
        ) : null}
        <h3>{t('members.fields.riskFlags')}</h3>
        {m.riskFlags.length === 0 ? (
          <p className="muted">{t('memberScreens.detail.noFlags')}</p>
        ) : (
          <ul className="flag-list">
            {m.riskFlags.map((key) => (
              <li key={key} className="badge">
                {flagLabel(key)}
              </li>
            ))}
          </ul>
        )}
        {editing ? (
          <NeedsEditor
            member={m}
            flags={settings.data?.riskFlags ?? []}
            flagLabel={flagLabel}
            onSaved={(updated) => {
              member.setData(() => updated);
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : can('member', 'update') && !m.mergedIntoId ? (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t('memberScreens.detail.editNeeds')}
          </Button>
        ) : null}
        {m.uicFallbacks.length > 0 ? <p className="muted small">{t('members.fallbacksUsed')}</p> : null}
      </section>
      {can('member_pathway', 'read') && !m.mergedIntoId ? <LeadershipPathwaySection memberId={m.id} /> : null}
      <Consents member={m} onChanged={member.reload} />
      {can('member', 'read_viewers') ? <Viewers memberId={m.id} /> : null}
      {can('member', 'merge') ? (
        <MergeEntry member={m} onMerged={(keptId) => navigate(`/${keptId}`)} />
      ) : null}
    </Page>
  );
}
