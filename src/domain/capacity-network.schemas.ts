import { z } from 'zod';
import { Uuid } from './common.schemas';
import { MIN_ORGANIZATIONS_CEILING, MIN_ORGANIZATIONS_FLOOR, TA_REQUEST_STATUSES } from './capacity-network';

/** A domain key of the capacity framework (`resource_mobilization`…). */
export const DomainKey = z.string().regex(/^[a-z][a-z0-9_]{1,63}$/);

export const TaRequestStatus = z.enum(TA_REQUEST_STATUSES);

export const SharingView = z.strictObject({
  shareScores: z.boolean(),
  shareTaRequests: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type SharingView = z.infer<typeof SharingView>;

export const SharingUpdateInput = z.strictObject({
  shareScores: z.boolean(),
  shareTaRequests: z.boolean(),
});
export type SharingUpdateInput = z.infer<typeof SharingUpdateInput>;

export const TaRequestParams = z.strictObject({ orgId: z.uuid(), requestId: z.uuid() });

export const TaRequestCreateInput = z.strictObject({
  id: Uuid.optional(),
  domainKey: DomainKey,
  /** What help is needed (stays inside the organization; the network sees counts by domain). */
  description: z.string().trim().min(1).max(1000),
});
export type TaRequestCreateInput = z.infer<typeof TaRequestCreateInput>;

export const TaRequestUpdateInput = z.strictObject({
  status: TaRequestStatus.optional(),
  description: z.string().trim().min(1).max(1000).optional(),
});
export type TaRequestUpdateInput = z.infer<typeof TaRequestUpdateInput>;

export const TaRequestView = z.strictObject({
  id: z.uuid(),
  domainKey: z.string(),
  description: z.string(),
  status: TaRequestStatus,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TaRequestView = z.infer<typeof TaRequestView>;
export const TaRequestList = z.strictObject({ requests: z.array(TaRequestView) });
export type TaRequestList = z.infer<typeof TaRequestList>;

export const NetworkSettingsView = z.strictObject({ minOrganizations: z.number().int() });
export type NetworkSettingsView = z.infer<typeof NetworkSettingsView>;
export const NetworkSettingsInput = z.strictObject({
  minOrganizations: z.number().int().min(MIN_ORGANIZATIONS_FLOOR).max(MIN_ORGANIZATIONS_CEILING),
});
export type NetworkSettingsInput = z.infer<typeof NetworkSettingsInput>;

const NamedOrg = z.strictObject({ id: z.uuid(), name: z.string() });

export const DomainPictureView = z.strictObject({
  domainKey: z.string(),
  organizations: z.number().int(),
  withheld: z.boolean(),
  bands: z.array(z.strictObject({ band: z.number().int(), count: z.number().int() })).nullable(),
  median: z.number().nullable(),
  taRequests: z.number().int(),
  askingOrganizations: z.number().int(),
  strongCount: z.number().int(),
  strong: z.array(NamedOrg).nullable(),
  asking: z.array(NamedOrg).nullable(),
});

export const NetworkPictureView = z.strictObject({
  minOrganizations: z.number().int(),
  namesShown: z.boolean(),
  /** Organizations of the network (the secretariat included). */
  networkOrganizations: z.number().int(),
  sharingScores: z.number().int(),
  sharingTaRequests: z.number().int(),
  /** Consenting organizations with at least one completed assessment. */
  withCompletedAssessment: z.number().int(),
  domains: z.array(DomainPictureView),
});
export type NetworkPictureView = z.infer<typeof NetworkPictureView>;
