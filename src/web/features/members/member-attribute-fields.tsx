import { useId, type ReactNode } from 'react';
import type { z } from 'zod';
import type { LocalGroupList } from '../../../domain/organizations.schemas';
import type { OrgUserList } from '../../../domain/users.schemas';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES } from '../../../domain/countries';
import {
  AGE_BANDS,
  GENDER_IDENTITIES,
  LEADERSHIP_ROLES,
  MIGRANT_STATUSES,
  WORK_SETTINGS,
  type AgeBand,
  type GenderIdentity,
  type LeadershipRole,
  type MemberUpdateInput,
  type MemberView,
  type MigrantStatus,
  type WorkSetting,
} from '../../../domain/members.schemas';
import type { FieldErrors } from '../../app/form-errors';
import { useFormat } from '../../app/format';
import { useCan, useCanSeeField, useOrg } from '../../app/org-context';
import { useApiData } from '../../app/use-api-data';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import { useRegistrySettings, useSites } from './members.resource';

/** What a member form holds while she types: text for numbers and dates, '' for "not said". */
export interface AttributeDraft {
  ageBand: AgeBand;
  genderIdentity: GenderIdentity;
  workSettings: WorkSetting[];
  usualSiteIds: string[];
  firstContactOn: string;
  /** '' none, 'org' another organization (named in `servedBeforeOrg`), or a site id. */
  servedBefore: string;
  servedBeforeOrg: string;
  leadershipRoles: LeadershipRole[];
  partnersPerWeek: string;
  actsPerPartner: string;
  notes: string;
  nationality: string;
  migrantStatus: string;
  contactChannel: string;
  assignedUserId: string;
  localGroupId: string;
}

/** Every field path a member form may show, to place the server's errors on them. */
export const MEMBER_FORM_FIELDS = [
  'ageBand',
  'genderIdentity',
  'workSettings',
  'usualSiteIds',
  'firstContactOn',
  'servedBeforeOrg',
  'servedBeforeSiteId',
  'leadershipRoles',
  'partnersPerWeek',
  'actsPerPartner',
  'notes',
  'nationality',
  'migrantStatus',
  'contactChannel',
  'assignedUserId',
  'localGroupId',
  'riskFlags',
] as const;

/** The fields of `MoreFields`, to open that section when one of them is wrong. */
export const MORE_FIELDS: readonly string[] = MEMBER_FORM_FIELDS.filter(
  (field) => !['ageBand', 'genderIdentity', 'workSettings', 'usualSiteIds', 'riskFlags'].includes(field),
);

export function draftFrom(member: MemberView | null, today: string): AttributeDraft {
  const text = (value: number | string | null | undefined) => (value == null ? '' : String(value));
  return {
    ageBand: member?.ageBand ?? 'unknown',
    genderIdentity: member?.genderIdentity ?? 'unknown',
    workSettings: member?.workSettings ?? [],
    usualSiteIds: member?.usualSiteIds ?? [],
    firstContactOn: member ? text(member.firstContactOn) : today,
    servedBefore: member?.servedBeforeSiteId ?? (member?.servedBeforeOrg ? 'org' : ''),
    servedBeforeOrg: text(member?.servedBeforeOrg),
    leadershipRoles: member?.leadershipRoles ?? [],
    partnersPerWeek: text(member?.partnersPerWeek),
    actsPerPartner: text(member?.actsPerPartner),
    notes: text(member?.notes),
    nationality: text(member?.nationality),
    migrantStatus: text(member?.migrantStatus),
    contactChannel: text(member?.contactChannel),
    assignedUserId: text(member?.assignedUserId),
    localGroupId: text(member?.localGroupId),
  };
}

/** Which optional parts the form shows (the same decide what it sends). */
export interface AttributeChoices {
  migrant: boolean;
  channel: boolean;
  notes: boolean;
  assign: boolean;
  localGroups: { id: string; name: string }[];
  sites: { id: string; name: string }[];
  promotoras: { id: string; name: string }[];
}

/** The input for the API: only what the form shows; cleared fields become null. */
export function draftToInput(
  draft: AttributeDraft,
  choices: AttributeChoices,
  parts: { needs: boolean },
): MemberUpdateInput {
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  const number = (value: string) => (value.trim() === '' ? null : Number(value));
  return {
    ageBand: draft.ageBand,
    genderIdentity: draft.genderIdentity,
    workSettings: draft.workSettings,
    usualSiteIds: draft.usualSiteIds,
    firstContactOn: orNull(draft.firstContactOn),
    // "Another organization" with no name is sent as typed, so the shared schema asks for the name
    // instead of the choice being dropped without a word.
    servedBeforeOrg: draft.servedBefore === 'org' ? draft.servedBeforeOrg.trim() : null,
    servedBeforeSiteId: draft.servedBefore && draft.servedBefore !== 'org' ? draft.servedBefore : null,
    leadershipRoles: draft.leadershipRoles,
    ...(parts.needs
      ? { partnersPerWeek: number(draft.partnersPerWeek), actsPerPartner: number(draft.actsPerPartner) }
      : {}),
    ...(choices.notes ? { notes: orNull(draft.notes) } : {}),
    ...(choices.migrant
      ? {
          nationality: orNull(draft.nationality),
          migrantStatus: orNull(draft.migrantStatus) as MigrantStatus | null,
        }
      : {}),
    ...(choices.channel ? { contactChannel: orNull(draft.contactChannel) } : {}),
    ...(choices.assign ? { assignedUserId: orNull(draft.assignedUserId) } : {}),
    ...(choices.localGroups.length > 0 ? { localGroupId: orNull(draft.localGroupId) } : {}),
  };
}

/**
 * What this user may fill in here: migration status and a contact channel only where the
 * organization's registry settings record them and her role may see them; the promotora in charge
 * for coordinators and administrators (the staff list shows promotoras only).
 */
export function useAttributeChoices(): AttributeChoices {
  const org = useOrg();
  const can = useCan();
  const settings = useRegistrySettings(org.orgId);
  const sites = useSites(org.orgId);
  const mayAssign = can('org_user', 'list') && can('member', 'update');
  const staff = useApiData<z.infer<typeof OrgUserList>>(mayAssign ? `/api/orgs/${org.orgId}/users` : null);
  const groups = useApiData<z.infer<typeof LocalGroupList>>(
    can('local_group', 'list') ? `/api/orgs/${org.orgId}/local-groups` : null,
  );
  const seeNotes = useCanSeeField('member', 'notes');
  const seeChannel = useCanSeeField('member', 'contactChannel');
  const seeMigrant = useCanSeeField('member', 'migrantStatus');
  return {
    migrant: seeMigrant && (settings.data?.recordMigrantStatus ?? false),
    channel: seeChannel && (settings.data?.recordContactChannel ?? false),
    notes: seeNotes,
    assign: mayAssign && staff.data !== null,
    localGroups: (groups.data?.localGroups ?? []).map((group) => ({ id: group.id, name: group.name })),
    sites: (sites.data?.sites ?? []).map((site) => ({ id: site.id, name: site.name })),
    promotoras: (staff.data?.users ?? [])
      .filter((user) => user.role === 'promotora' && !user.disabled)
      .map((user) => ({ id: user.userId, name: user.displayName })),
  };
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Checkable chips with a legend, a hint and the field's error. */
export function ChipGroup<T extends string>({
  legend,
  hint,
  error,
  options,
  selected,
  onChange,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
}) {
  const id = useId();
  return (
    <fieldset
      className={error ? 'chips field--invalid' : 'chips'}
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      <div className="chips__list">
        {options.map((option) => (
          <label key={option.value} className="chip">
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={() => onChange(toggle(selected, option.value))}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

interface FieldsProps {
  draft: AttributeDraft;
  onDraft: (change: Partial<AttributeDraft>) => void;
  errors: FieldErrors;
  choices: AttributeChoices;
}

/** Age, gender identity, where she works and her usual sites. */
export function BasicFields({ draft, onDraft, errors, choices }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t('members.fields.ageBand')}
        value={draft.ageBand}
        error={errors.ageBand}
        onValue={(value) => onDraft({ ageBand: value as AgeBand })}
        options={AGE_BANDS.map((band) => ({ value: band, label: t(`members.ageBands.${band}`) }))}
      />
      <SelectField
        label={t('members.fields.genderIdentity')}
        value={draft.genderIdentity}
        error={errors.genderIdentity}
        onValue={(value) => onDraft({ genderIdentity: value as GenderIdentity })}
        options={GENDER_IDENTITIES.map((g) => ({ value: g, label: t(`members.genderIdentities.${g}`) }))}
      />
      <ChipGroup
        legend={t('members.fields.workSettings')}
        error={errors.workSettings}
        options={WORK_SETTINGS.map((w) => ({ value: w, label: t(`members.workSettings.${w}`) }))}
        selected={draft.workSettings}
        onChange={(workSettings) => onDraft({ workSettings })}
      />
      {choices.sites.length > 0 ? (
        <ChipGroup
          legend={t('members.fields.usualSiteIds')}
          error={errors.usualSiteIds}
          options={choices.sites.map((site) => ({ value: site.id, label: site.name }))}
          selected={draft.usualSiteIds}
          onChange={(usualSiteIds) => onDraft({ usualSiteIds })}
        />
      ) : null}
    </>
  );
}

/**
 * The rest: first contact, served before, leadership, (at registration) the condom-need figures,
 * notes, and what the organization's settings and the user's role allow.
 */
export function MoreFields({ draft, onDraft, errors, choices, needs }: FieldsProps & { needs: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = { value: '', label: '—' };
  return (
    <>
      <TextField
        type="date"
        label={t('members.fields.firstContactOn')}
        value={draft.firstContactOn}
        error={errors.firstContactOn}
        onValue={(firstContactOn) => onDraft({ firstContactOn })}
      />
      <SelectField
        label={t('memberScreens.more.servedBefore')}
        value={draft.servedBefore}
        error={errors.servedBeforeSiteId}
        onValue={(servedBefore) => onDraft({ servedBefore })}
        options={[
          { value: '', label: t('memberScreens.more.servedBeforeNone') },
          { value: 'org', label: t('memberScreens.more.servedBeforeOrg') },
          ...choices.sites.map((site) => ({
            value: site.id,
            label: t('memberScreens.more.servedBeforeSite', { name: site.name }),
          })),
        ]}
      />
      {draft.servedBefore === 'org' ? (
        <TextField
          label={t('members.fields.servedBeforeOrg')}
          value={draft.servedBeforeOrg}
          error={errors.servedBeforeOrg}
          maxLength={120}
          onValue={(servedBeforeOrg) => onDraft({ servedBeforeOrg })}
        />
      ) : null}
      <ChipGroup
        legend={t('members.fields.leadershipRoles')}
        error={errors.leadershipRoles}
        options={LEADERSHIP_ROLES.map((r) => ({ value: r, label: t(`members.leadershipRoles.${r}`) }))}
        selected={draft.leadershipRoles}
        onChange={(leadershipRoles) => onDraft({ leadershipRoles })}
      />
      {needs ? (
        <div className="member-needs">
          <TextField
            label={t('members.fields.partnersPerWeek')}
            inputMode="numeric"
            value={draft.partnersPerWeek}
            error={errors.partnersPerWeek}
            onValue={(value) => onDraft({ partnersPerWeek: value.replace(/\D/g, '') })}
          />
          <TextField
            label={t('members.fields.actsPerPartner')}
            inputMode="numeric"
            value={draft.actsPerPartner}
            error={errors.actsPerPartner}
            onValue={(value) => onDraft({ actsPerPartner: value.replace(/\D/g, '') })}
          />
        </div>
      ) : null}
      {choices.migrant ? (
        <>
          <SelectField
            label={t('members.fields.nationality')}
            value={draft.nationality}
            error={errors.nationality}
            onValue={(nationality) => onDraft({ nationality })}
            options={[
              none,
              ...COUNTRY_CODES.map((code) => ({ value: code, label: format.country(code) })).sort((a, b) =>
                a.label.localeCompare(b.label),
              ),
            ]}
          />
          <SelectField
            label={t('members.fields.migrantStatus')}
            value={draft.migrantStatus}
            error={errors.migrantStatus}
            onValue={(migrantStatus) => onDraft({ migrantStatus })}
            options={[
              none,
              ...MIGRANT_STATUSES.map((s) => ({ value: s, label: t(`members.migrantStatuses.${s}`) })),
            ]}
          />
        </>
      ) : null}
      {choices.channel ? (
        <TextField
          label={t('members.fields.contactChannel')}
          hint={t('memberScreens.more.contactChannelHint')}
          value={draft.contactChannel}
          error={errors.contactChannel}
          maxLength={200}
          autoComplete="off"
          onValue={(contactChannel) => onDraft({ contactChannel })}
        />
      ) : null}
      {choices.assign ? (
        <SelectField
          label={t('members.fields.assignedUserId')}
          value={draft.assignedUserId}
          error={errors.assignedUserId}
          onValue={(assignedUserId) => onDraft({ assignedUserId })}
          options={[
            { value: '', label: t('members.unassigned') },
            ...choices.promotoras.map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
      ) : null}
      {choices.localGroups.length > 0 ? (
        <SelectField
          label={t('members.fields.localGroupId')}
          value={draft.localGroupId}
          error={errors.localGroupId}
          onValue={(localGroupId) => onDraft({ localGroupId })}
          options={[none, ...choices.localGroups.map((g) => ({ value: g.id, label: g.name }))]}
        />
      ) : null}
      {choices.notes ? (
        <TextAreaField
          label={t('members.fields.notes')}
          hint={t('memberScreens.more.notesHint')}
          value={draft.notes}
          error={errors.notes}
          rows={3}
          onValue={(notes) => onDraft({ notes })}
        />
      ) : null}
    </>
  );
}
