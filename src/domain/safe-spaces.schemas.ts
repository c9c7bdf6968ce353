import { z } from 'zod';
import { Uuid } from './common.schemas';

/** Safe spaces (issue 7 §5): drop-in centres, their visits (counted per day) and activities. */
export const SAFE_SPACE_SERVICES = [
  'rest',
  'showers',
  'meals',
  'condoms',
  'hiv_testing',
  'health_care',
  'legal_advice',
  'psychosocial',
  'childcare',
  'internet',
  'workshops',
] as const;
export const SafeSpaceService = z.enum(SAFE_SPACE_SERVICES);
export type SafeSpaceService = z.infer<typeof SafeSpaceService>;

export const SAFE_SPACE_LIMITS = { nameMax: 120, hoursMax: 300, titleMax: 160, tallyMax: 1000 } as const;
const CalendarDate = z.iso.date().refine((value) => value >= '2000-01-01', { message: 'too_small' });

export const SafeSpaceCreateInput = z.strictObject({
  id: Uuid.optional(),
  name: z.string().trim().min(1).max(SAFE_SPACE_LIMITS.nameMax),
  areaId: Uuid.nullable().optional(),
  openingHours: z.string().trim().max(SAFE_SPACE_LIMITS.hoursMax).default(''),
  services: z.array(SafeSpaceService).max(SAFE_SPACE_SERVICES.length).default([]),
});
export type SafeSpaceCreateInput = z.input<typeof SafeSpaceCreateInput>;

export const SafeSpaceUpdateInput = z.strictObject({
  name: z.string().trim().min(1).max(SAFE_SPACE_LIMITS.nameMax).optional(),
  areaId: Uuid.nullable().optional(),
  openingHours: z.string().trim().max(SAFE_SPACE_LIMITS.hoursMax).optional(),
  services: z.array(SafeSpaceService).max(SAFE_SPACE_SERVICES.length).optional(),
  active: z.boolean().optional(),
});
export type SafeSpaceUpdateInput = z.infer<typeof SafeSpaceUpdateInput>;

export const SafeSpaceParams = z.strictObject({ orgId: z.uuid(), safeSpaceId: z.uuid() });

/** A visit by member code, or an anonymous tally of people who came that day. */
export const VisitInput = z
  .strictObject({
    id: Uuid,
    visitedOn: CalendarDate,
    displayCode: z.string().trim().min(1).max(20).optional(),
    anonymousCount: z.int().min(1).max(SAFE_SPACE_LIMITS.tallyMax).optional(),
  })
  .refine((v) => (v.displayCode === undefined) !== (v.anonymousCount === undefined), {
    path: ['displayCode'],
    message: 'code_or_count',
  });
export type VisitInput = z.infer<typeof VisitInput>;

export const VisitRecorded = z.strictObject({
  alreadyRecorded: z.boolean(),
  day: z.strictObject({ visitedOn: z.string(), memberVisits: z.int(), anonymousVisits: z.int() }),
});
export type VisitRecorded = z.infer<typeof VisitRecorded>;

export const ActivityInput = z.strictObject({
  id: Uuid.optional(),
  heldOn: CalendarDate,
  title: z.string().trim().min(1).max(SAFE_SPACE_LIMITS.titleMax),
  trainingSessionId: Uuid.nullable().optional(),
});
export type ActivityInput = z.input<typeof ActivityInput>;

export const SafeSpaceView = z.strictObject({
  id: z.string(),
  name: z.string(),
  areaId: z.string().nullable(),
  openingHours: z.string(),
  services: z.array(SafeSpaceService),
  active: z.boolean(),
});
export type SafeSpaceView = z.infer<typeof SafeSpaceView>;
export const SafeSpaceList = z.strictObject({ safeSpaces: z.array(SafeSpaceView) });
export type SafeSpaceList = z.infer<typeof SafeSpaceList>;

/** A space with its last 30 days of visits (counts per day) and its activities. */
export const SafeSpaceDetail = z.strictObject({
  safeSpace: SafeSpaceView,
  visitsByDay: z.array(
    z.strictObject({ visitedOn: z.string(), memberVisits: z.int(), anonymousVisits: z.int() }),
  ),
  activities: z.array(
    z.strictObject({
      id: z.string(),
      heldOn: z.string(),
      title: z.string(),
      trainingSessionId: z.string().nullable(),
    }),
  ),
});
export type SafeSpaceDetail = z.infer<typeof SafeSpaceDetail>;
