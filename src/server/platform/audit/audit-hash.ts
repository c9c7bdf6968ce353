import crypto from 'node:crypto';

export interface AuditFields {
  chain: string;
  seq: number;
  orgId: string | null;
  at: Date;
  actorUserId: string | null;
  actorRole: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  sensitiveRead: boolean;
  ipTag: string | null;
  details: Record<string, string | number | boolean | null>;
  prevHash: string;
}

function canonicalDetails(details: AuditFields['details']): [string, string | number | boolean | null][] {
  return Object.keys(details)
    .sort()
    .map((key) => [key, details[key] ?? null]);
}

/** HMAC-SHA256 of one audit row and the hash of the row before it. */
export function hashAuditRow(key: Buffer, row: AuditFields): string {
  const canonical = JSON.stringify([
    row.chain,
    row.seq,
    row.orgId,
    row.at.getTime(),
    row.actorUserId,
    row.actorRole,
    row.action,
    row.resourceType,
    row.resourceId,
    row.sensitiveRead,
    row.ipTag,
    canonicalDetails(row.details),
    row.prevHash,
  ]);
  return crypto.createHmac('sha256', key).update(canonical).digest('hex');
}

export const GENESIS_HASH = 'genesis';
