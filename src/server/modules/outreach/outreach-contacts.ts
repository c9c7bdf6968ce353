import type { DbOrTx } from '../../platform/db/client';

/** What micro-planning needs to know of one member's effective contacts. */
export interface MemberContactSummary {
  lastContactOn: string | null;
  condomsThisMonth: number;
}

/** A promotora's effective contacts in a month. */
export interface PromotoraMonth {
  contacts: number;
}

// TEMPORARY stand-ins until the contacts module lands: no contacts yet.
export async function summarizeMemberContacts(
  _db: DbOrTx,
  _orgId: string,
  _memberIds: string[],
  _period: { monthStart: string; today: string },
): Promise<Map<string, MemberContactSummary>> {
  return new Map();
}

export async function countContactsByPromotora(
  _db: DbOrTx,
  _orgId: string,
  _period: { monthStart: string; today: string },
): Promise<Map<string, PromotoraMonth>> {
  return new Map();
}
