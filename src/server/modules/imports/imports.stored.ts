import type { ContactRowValues, MemberRowValues } from './imports.rows';

/**
 * A valid row as kept (encrypted) between preview and confirm: the UIC only as its keyed hash, the
 * promotora already resolved to her account. Never the code or its answers.
 */
export interface StoredMemberRow {
  row: number;
  id: string;
  hash: string;
  recipeId: string;
  fallbacks: string[];
  values: Omit<MemberRowValues, 'assignedUsername'> & { assignedUserId?: string };
}

export interface StoredContactRow {
  row: number;
  id: string;
  /** The member's effective id, or null for an anonymous tally. */
  memberId: string | null;
  values: Omit<ContactRowValues, 'promotoraUsername'> & { promotoraUserId: string };
}

export type StoredRow = StoredMemberRow | StoredContactRow;
