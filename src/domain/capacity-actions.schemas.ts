import { z } from 'zod';
import { Notes, Uuid } from './common.schemas';
import { CalendarDate } from './sites.schemas';

/**
 * The capacity action plan (issue 6, "action plan"): actions tied to the framework items they improve
 * (stable item keys, so an action still points at the same item in the next framework version).
 */
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export const ActionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatus>;

export const ACTION_LIMITS = { titleMax: 200, textMax: 2000, roleMax: 120, itemKeysMax: 20 } as const;

/** A framework item key (stable across framework versions): lower case, digits, `_ . -`. */
export const ItemKey = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9_.-]*$/);

const Title = z.string().trim().min(1).max(ACTION_LIMITS.titleMax);
const ShortText = z.string().trim().min(1).max(ACTION_LIMITS.roleMax);
const LongText = z.string().trim().max(ACTION_LIMITS.textMax);
const ItemKeys = z
  .array(ItemKey)
  .min(1)
  .max(ACTION_LIMITS.itemKeysMax)
  .refine((keys) => new Set(keys).size === keys.length, { message: 'duplicate item key' });

export const ActionCreateInput = z.strictObject({
  id: Uuid.optional(),
  /** The assessment whose results led to the action, when there is one. */
  assessmentId: Uuid.nullable().optional(),
  itemKeys: ItemKeys,
  title: Title,
  responsibleRole: ShortText,
  /** Support or technical assistance needed (from the network, a partner, a funder…). */
  supportNeeded: LongText.nullable().optional(),
  resources: LongText.nullable().optional(),
  dueOn: CalendarDate,
  status: ActionStatus.optional(),
});
export type ActionCreateInput = z.infer<typeof ActionCreateInput>;

export const ActionUpdateInput = z.strictObject({
  itemKeys: ItemKeys.optional(),
  title: Title.optional(),
  responsibleRole: ShortText.optional(),
  supportNeeded: LongText.nullable().optional(),
  resources: LongText.nullable().optional(),
  dueOn: CalendarDate.optional(),
  status: ActionStatus.optional(),
  /** The day it was completed; today when the status becomes `done` without one. */
  completedOn: CalendarDate.nullable().optional(),
});
export type ActionUpdateInput = z.infer<typeof ActionUpdateInput>;

export const ActionNoteInput = z.strictObject({
  id: Uuid.optional(),
  note: Notes.trim().min(1),
});
export type ActionNoteInput = z.infer<typeof ActionNoteInput>;

const BooleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');
export const ActionListQuery = z.strictObject({
  /** Only actions tied to this framework item. */
  itemKey: ItemKey.optional(),
  status: ActionStatus.optional(),
  /** Only open actions past their due day. */
  overdue: BooleanQuery.optional(),
  assessmentId: z.uuid().optional(),
});
export type ActionListQuery = z.infer<typeof ActionListQuery>;

export const ActionParams = z.strictObject({ orgId: z.uuid(), actionId: z.uuid() });

export const ActionView = z.strictObject({
  id: z.string(),
  assessmentId: z.string().nullable(),
  itemKeys: z.array(z.string()),
  title: z.string(),
  responsibleRole: z.string(),
  supportNeeded: z.string().nullable(),
  resources: z.string().nullable(),
  dueOn: z.string(),
  status: ActionStatus,
  completedOn: z.string().nullable(),
  /** Open and past its due day (computed with the server's clock). */
  overdue: z.boolean(),
  noteCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActionView = z.infer<typeof ActionView>;

export const ActionList = z.strictObject({ today: z.string(), actions: z.array(ActionView) });
export type ActionList = z.infer<typeof ActionList>;

export const ActionNoteView = z.strictObject({
  id: z.string(),
  /** Encrypted at rest; reading the notes is an audited sensitive read. */
  note: z.string(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export type ActionNoteView = z.infer<typeof ActionNoteView>;

export const ActionDetail = z.strictObject({
  today: z.string(),
  action: ActionView,
  notes: z.array(ActionNoteView),
});
export type ActionDetail = z.infer<typeof ActionDetail>;
