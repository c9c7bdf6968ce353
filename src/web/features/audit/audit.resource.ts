import type { z } from 'zod';
import type { AuditEntryList } from '../../../domain/audit.schemas';
import { apiGet } from '../../app/api-client';

type AuditEntryListView = z.infer<typeof AuditEntryList>;

/** One page of the organization's audit log, newest first; `before` continues from a previous page. */
export function fetchAuditPage(
  orgId: string,
  options: { before?: string | null; resourceType?: string; limit?: number },
  signal?: AbortSignal,
): Promise<AuditEntryListView> {
  const query = new URLSearchParams({ limit: String(options.limit ?? 50) });
  if (options.before) query.set('before', options.before);
  if (options.resourceType) query.set('resourceType', options.resourceType);
  return apiGet<AuditEntryListView>(`/api/orgs/${orgId}/audit?${query.toString()}`, signal);
}
