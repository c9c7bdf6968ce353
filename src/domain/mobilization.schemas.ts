import { z } from 'zod';
import { Uuid } from './common.schemas';

/**
 * Mobilization (issue 7 §2): meetings, assemblies, marches, sit-ins, commemorations and press
 * conferences. Participants are counted by type, never listed. Every event carries a legal-context
 * risk assessment and safety plan checklist that must be complete before the event is confirmed.
 */
export const EVENT_KINDS = [
  'meeting',
  'assembly',
  'march',
  'sit_in',
  'commemoration',
  'press_conference',
] as const;
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

export const EVENT_STATUSES = ['draft', 'confirmed', 'held', 'cancelled'] as const;
export const EventStatus = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof EventStatus>;

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export const RiskLevel = z.enum(RISK_LEVELS);
export type RiskLevel = z.infer<typeof RiskLevel>;

/** The safety-plan items every event starts with; organizations add their own (`custom`). */
export const STANDARD_CHECKLIST_KEYS = [
  'risk_assessment',
  'permits',
  'legal_observers',
  'emergency_contacts',
  'arrest_plan',
] as const;
export const ChecklistKey = z.enum([...STANDARD_CHECKLIST_KEYS, 'custom']);
export type ChecklistKey = z.infer<typeof ChecklistKey>;

/** Pre-loaded, editable commemorations, created per organization the first time events are listed. */
export const COMMEMORATIONS = [
  { key: 'end_violence_sex_workers', month: 12, day: 17 },
  { key: 'sex_workers_day', month: 6, day: 2 },
] as const;
export type CommemorationKey = (typeof COMMEMORATIONS)[number]['key'];

export const MOBILIZATION_LIMITS = {
  titleMax: 200,
  textMax: 4000,
  noteMax: 2000,
  labelMax: 200,
  customItemsMax: 20,
  participantsMax: 1_000_000,
} as const;

const CalendarDate = z.iso.date().refine((value) => value >= '2000-01-01', { message: 'too_small' });
const Title = z.string().trim().min(1).max(MOBILIZATION_LIMITS.titleMax);
const LongText = z.string().trim().max(MOBILIZATION_LIMITS.textMax);
const Count = z.int().min(0).max(MOBILIZATION_LIMITS.participantsMax);

export const EventParams = z.strictObject({ orgId: z.uuid(), eventId: z.uuid() });
export const ChecklistItemParams = z.strictObject({ orgId: z.uuid(), eventId: z.uuid(), itemId: z.uuid() });

export const EventListQuery = z.strictObject({
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
  status: EventStatus.optional(),
});
export type EventListQuery = z.infer<typeof EventListQuery>;

export const EventCreateInput = z.strictObject({
  id: Uuid.optional(),
  kind: EventKind,
  title: Title,
  eventDate: CalendarDate,
  location: LongText.default(''),
});
export type EventCreateInput = z.input<typeof EventCreateInput>;

/** Participants by type, counts only (no route ever lists who attended). */
export const ParticipantCounts = z.strictObject({ members: Count, allies: Count, public: Count });
export type ParticipantCounts = z.infer<typeof ParticipantCounts>;

export const EventUpdateInput = z.strictObject({
  kind: EventKind.optional(),
  title: Title.optional(),
  eventDate: CalendarDate.optional(),
  location: LongText.optional(),
  riskLevel: RiskLevel.nullable().optional(),
  participants: ParticipantCounts.nullable().optional(),
  outcomes: LongText.optional(),
  mediaCoverage: LongText.optional(),
});
export type EventUpdateInput = z.infer<typeof EventUpdateInput>;

export const EventStatusInput = z.strictObject({ status: z.enum(['confirmed', 'held', 'cancelled']) });
export type EventStatusInput = z.infer<typeof EventStatusInput>;

export const ChecklistItemCreateInput = z.strictObject({
  label: z.string().trim().min(1).max(MOBILIZATION_LIMITS.labelMax),
});
export type ChecklistItemCreateInput = z.infer<typeof ChecklistItemCreateInput>;

/** `note` is encrypted (emergency contacts: roles and phone trees, not names). */
export const ChecklistItemUpdateInput = z.strictObject({
  done: z.boolean().optional(),
  note: z.string().trim().max(MOBILIZATION_LIMITS.noteMax).nullable().optional(),
});
export type ChecklistItemUpdateInput = z.infer<typeof ChecklistItemUpdateInput>;

export const ChecklistItemView = z.strictObject({
  id: z.string(),
  key: ChecklistKey,
  label: z.string().nullable(),
  done: z.boolean(),
  hasNote: z.boolean(),
  /** Only for the organizers (mobilization_safety_plan.read); null otherwise. */
  note: z.string().nullable(),
});
export type ChecklistItemView = z.infer<typeof ChecklistItemView>;

export const EventSummary = z.strictObject({
  id: z.string(),
  kind: EventKind,
  title: z.string(),
  commemorationKey: z.string().nullable(),
  eventDate: z.string(),
  location: z.string(),
  status: EventStatus,
  riskLevel: RiskLevel.nullable(),
  checklistDone: z.int(),
  checklistTotal: z.int(),
  participants: ParticipantCounts.nullable(),
});
export type EventSummary = z.infer<typeof EventSummary>;

export const EventList = z.strictObject({ events: z.array(EventSummary) });
export type EventList = z.infer<typeof EventList>;

export const EventView = EventSummary.extend({
  outcomes: z.string(),
  mediaCoverage: z.string(),
  checklist: z.array(ChecklistItemView),
  confirmedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EventView = z.infer<typeof EventView>;

/**
 * What still blocks confirming an event: the risk level and every unchecked item (standard keys, or
 * the custom item's id). Empty when it can be confirmed.
 */
export function missingForConfirmation(event: {
  riskLevel: RiskLevel | null;
  checklist: readonly { id: string; key: ChecklistKey; done: boolean }[];
}): string[] {
  const missing: string[] = event.riskLevel ? [] : ['risk_level'];
  for (const item of event.checklist)
    if (!item.done) missing.push(item.key === 'custom' ? `custom:${item.id}` : item.key);
  return missing;
}

/** The next date of a commemoration on or after `today` (YYYY-MM-DD). */
export function nextCommemorationDate(month: number, day: number, today: string): string {
  const year = Number(today.slice(0, 4));
  const date = (y: number) => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return date(year) >= today ? date(year) : date(year + 1);
}
