import { z } from 'zod';
import { Uuid } from './common.schemas';
import { CalendarDate } from './sites.schemas';

/**
 * Organizational planning (issue 6, "planning and resources"): vision, mission and strategic
 * objectives; workplan activities linked to objectives and grants; registration documents with
 * expiry reminders.
 */
export const PLANNING_LIMITS = { titleMax: 200, textMax: 4000, roleMax: 120, objectivesMax: 50 } as const;

const Title = z.string().trim().min(1).max(PLANNING_LIMITS.titleMax);
const LongText = z.string().trim().max(PLANNING_LIMITS.textMax);
const Role = z.string().trim().min(1).max(PLANNING_LIMITS.roleMax);

// ── Strategy: vision, mission, objectives.
export const ObjectiveView = z.strictObject({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  position: z.number().int(),
  active: z.boolean(),
});
export type ObjectiveView = z.infer<typeof ObjectiveView>;

export const StrategyView = z.strictObject({
  vision: z.string().nullable(),
  mission: z.string().nullable(),
  updatedAt: z.string().nullable(),
  objectives: z.array(ObjectiveView),
});
export type StrategyView = z.infer<typeof StrategyView>;

export const StrategyUpdateInput = z.strictObject({
  vision: LongText.nullable(),
  mission: LongText.nullable(),
});
export type StrategyUpdateInput = z.infer<typeof StrategyUpdateInput>;

export const ObjectiveCreateInput = z.strictObject({
  id: Uuid.optional(),
  title: Title,
  description: LongText.nullable().optional(),
  /** Order in the list; after the last one when left out. */
  position: z.number().int().min(0).max(1000).optional(),
});
export type ObjectiveCreateInput = z.infer<typeof ObjectiveCreateInput>;

export const ObjectiveUpdateInput = z.strictObject({
  title: Title.optional(),
  description: LongText.nullable().optional(),
  position: z.number().int().min(0).max(1000).optional(),
  /** An objective no longer pursued is kept (activities point at it) but shown apart. */
  active: z.boolean().optional(),
});
export type ObjectiveUpdateInput = z.infer<typeof ObjectiveUpdateInput>;

export const ObjectiveParams = z.strictObject({ orgId: z.uuid(), objectiveId: z.uuid() });

// ── Workplan.
export const ACTIVITY_STATUSES = ['planned', 'in_progress', 'done', 'delayed', 'cancelled'] as const;
export const ActivityStatus = z.enum(ACTIVITY_STATUSES);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

const ActivityFields = {
  objectiveId: Uuid.nullable().optional(),
  /** A grant (project) of the organization that funds the activity. */
  grantId: Uuid.nullable().optional(),
  title: Title,
  startsOn: CalendarDate,
  endsOn: CalendarDate,
  status: ActivityStatus.optional(),
  responsibleRole: Role.nullable().optional(),
};

export const ActivityCreateInput = z
  .strictObject({ id: Uuid.optional(), ...ActivityFields })
  .refine((a) => a.endsOn >= a.startsOn, { message: 'ends before it starts', path: ['endsOn'] });
export type ActivityCreateInput = z.infer<typeof ActivityCreateInput>;

export const ActivityUpdateInput = z.strictObject({
  objectiveId: ActivityFields.objectiveId,
  grantId: ActivityFields.grantId,
  title: Title.optional(),
  startsOn: CalendarDate.optional(),
  endsOn: CalendarDate.optional(),
  status: ActivityStatus.optional(),
  responsibleRole: ActivityFields.responsibleRole,
});
export type ActivityUpdateInput = z.infer<typeof ActivityUpdateInput>;

export const ActivityParams = z.strictObject({ orgId: z.uuid(), activityId: z.uuid() });

export const ActivityListQuery = z.strictObject({
  objectiveId: z.uuid().optional(),
  grantId: z.uuid().optional(),
  status: ActivityStatus.optional(),
});
export type ActivityListQuery = z.infer<typeof ActivityListQuery>;

export const ActivityView = z.strictObject({
  id: z.string(),
  objectiveId: z.string().nullable(),
  grantId: z.string().nullable(),
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  status: ActivityStatus,
  responsibleRole: z.string().nullable(),
  /** Not done nor cancelled after its last day. */
  late: z.boolean(),
});
export type ActivityView = z.infer<typeof ActivityView>;

export const ActivityList = z.strictObject({ today: z.string(), activities: z.array(ActivityView) });
export type ActivityList = z.infer<typeof ActivityList>;

// ── Registration documents.
export const DOCUMENT_KINDS = ['statutes', 'board_minutes', 'audit', 'registration', 'tax', 'other'] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;
export const DocumentExpiryState = z.enum(['none', 'valid', 'expiring', 'expired']);

export const DocumentCreateInput = z
  .strictObject({
    id: Uuid.optional(),
    kind: DocumentKind,
    title: Title,
    issuedOn: CalendarDate,
    expiresOn: CalendarDate.nullable().optional(),
  })
  .refine((d) => !d.expiresOn || d.expiresOn >= d.issuedOn, {
    message: 'expires before it was issued',
    path: ['expiresOn'],
  });
export type DocumentCreateInput = z.infer<typeof DocumentCreateInput>;

export const DocumentUpdateInput = z.strictObject({
  kind: DocumentKind.optional(),
  title: Title.optional(),
  issuedOn: CalendarDate.optional(),
  expiresOn: CalendarDate.nullable().optional(),
});
export type DocumentUpdateInput = z.infer<typeof DocumentUpdateInput>;

export const DocumentParams = z.strictObject({ orgId: z.uuid(), documentId: z.uuid() });

export const DocumentListQuery = z.strictObject({
  /** Only documents expired or expiring within 60 days (the home-page reminder). */
  renewal: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type DocumentListQuery = z.infer<typeof DocumentListQuery>;

export const DocumentView = z.strictObject({
  id: z.string(),
  kind: DocumentKind,
  title: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string().nullable(),
  expiry: DocumentExpiryState,
  /** Days until the expiry day (negative once expired); null without an expiry date. */
  daysLeft: z.number().int().nullable(),
  /** A scan is kept in the encrypted file store. */
  hasFile: z.boolean(),
  fileContentType: z.string().nullable(),
  fileSizeBytes: z.number().int().nullable(),
  createdAt: z.string(),
});
export type DocumentView = z.infer<typeof DocumentView>;

export const DocumentList = z.strictObject({ today: z.string(), documents: z.array(DocumentView) });
export type DocumentList = z.infer<typeof DocumentList>;
