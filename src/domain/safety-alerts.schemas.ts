import { z } from 'zod';
import { Uuid } from './common.schemas';

export const SAFETY_ALERT_KINDS = ['violent_client', 'police_operation', 'other'] as const;
export const SafetyAlertKind = z.enum(SAFETY_ALERT_KINDS);
export type SafetyAlertKind = z.infer<typeof SafetyAlertKind>;

export const SAFETY_ALERT_LIMITS = {
  titleMax: 120,
  descriptionMax: 2000,
  /** An alert lasts at most this long: old warnings stop being true. */
  maxHours: 90 * 24,
} as const;

/** A warning for the organization's signed-in staff. No victim, no member, no case: only the danger. */
export const SafetyAlertCreateInput = z.strictObject({
  id: Uuid.optional(),
  kind: SafetyAlertKind,
  title: z.string().trim().min(1).max(SAFETY_ALERT_LIMITS.titleMax),
  description: z.string().trim().min(1).max(SAFETY_ALERT_LIMITS.descriptionMax),
  areaId: Uuid.nullable().optional(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type SafetyAlertCreateInput = z.input<typeof SafetyAlertCreateInput>;

export const SafetyAlertParams = z.strictObject({ orgId: z.uuid(), alertId: Uuid });

export const SafetyAlertView = z.strictObject({
  id: z.string(),
  kind: SafetyAlertKind,
  title: z.string(),
  description: z.string(),
  areaId: z.string().nullable(),
  areaName: z.string().nullable(),
  publishedAt: z.string(),
  expiresAt: z.string(),
  withdrawnAt: z.string().nullable(),
  /** Whether the caller published it (she may withdraw her own; coordinators any). */
  mine: z.boolean(),
});
export type SafetyAlertView = z.infer<typeof SafetyAlertView>;

export const SafetyAlertList = z.strictObject({ alerts: z.array(SafetyAlertView) });
export type SafetyAlertList = z.infer<typeof SafetyAlertList>;
