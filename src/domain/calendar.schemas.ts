import { z } from 'zod';

/** Schemas of the organization's calendar (issue 7 part 8): dated entries assembled from other modules. */

export const CALENDAR_SOURCES = [
  'training_session',
  'mobilization_event',
  'advocacy_engagement',
  'commitment_follow_up',
  'consultation',
  'grant_report_due',
  'capacity_action_due',
  'document_expiry',
] as const;
export const CalendarSource = z.enum(CALENDAR_SOURCES);
export type CalendarSource = z.infer<typeof CalendarSource>;

/** The longest period one request may ask for (a month view with its edges, or a quarter). */
export const CALENDAR_MAX_DAYS = 93;

const Day = z.iso.date().refine((value) => value >= '2000-01-01', { message: 'too_small' });

export const CalendarQuery = z
  .strictObject({ from: Day, to: Day })
  .refine((q) => q.to >= q.from, { message: 'invalid_value', path: ['to'] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < CALENDAR_MAX_DAYS, {
    message: 'too_big',
    path: ['to'],
  });
export type CalendarQuery = z.infer<typeof CalendarQuery>;

/** One dated thing: what it is, its title and state, and the record it comes from. Never a person. */
export const CalendarEntry = z.strictObject({
  source: CalendarSource,
  date: z.string(),
  title: z.string(),
  /** The record's state or kind in its module's words (confirmed, pending, submitted, assembly…). */
  status: z.string().nullable(),
  recordId: z.string(),
});
export type CalendarEntry = z.infer<typeof CalendarEntry>;

export const CalendarView = z.strictObject({
  from: z.string(),
  to: z.string(),
  /** The sources the caller may read (the others are left out, not shown empty). */
  sources: z.array(CalendarSource),
  entries: z.array(CalendarEntry),
});
export type CalendarView = z.infer<typeof CalendarView>;
