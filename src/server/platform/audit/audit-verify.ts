import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { KeyRing } from '../crypto/keyring';
import { GENESIS_HASH, hashAuditRow } from './audit-hash';
import { auditChainHeads, auditLog } from './audit.tables';

export interface AuditProblem {
  chain: string;
  seq: number | null;
  problem: 'hash_mismatch' | 'broken_link' | 'missing_rows' | 'head_mismatch' | 'unknown_chain';
}

export interface AuditVerification {
  ok: boolean;
  chains: number;
  rows: number;
  problems: AuditProblem[];
}

const PAGE = 5000;

/**
 * Walks every chain: each row's HMAC must match its content, follow the previous row without gaps,
 * and the last row must match the recorded head. Detects edited, inserted, deleted and truncated rows.
 */
export async function verifyAuditLog(db: Db, keyring: KeyRing): Promise<AuditVerification> {
  const key = await keyring.auditKey();
  const heads = await db.select().from(auditChainHeads);
  const known = new Set(heads.map((head) => head.chain));
  const problems: AuditProblem[] = [];
  for (const { chain } of await db.selectDistinct({ chain: auditLog.chain }).from(auditLog)) {
    if (!known.has(chain)) problems.push({ chain, seq: null, problem: 'unknown_chain' });
  }
  let rows = 0;
  for (const head of heads) {
    let lastSeq = 0;
    let prevHash = GENESIS_HASH;
    for (;;) {
      const page = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.chain, head.chain), gt(auditLog.seq, lastSeq)))
        .orderBy(asc(auditLog.seq))
        .limit(PAGE);
      for (const row of page) {
        rows += 1;
        if (row.seq !== lastSeq + 1)
          problems.push({ chain: head.chain, seq: row.seq, problem: 'missing_rows' });
        if (row.prevHash !== prevHash)
          problems.push({ chain: head.chain, seq: row.seq, problem: 'broken_link' });
        if (hashAuditRow(key, row) !== row.hash)
          problems.push({ chain: head.chain, seq: row.seq, problem: 'hash_mismatch' });
        lastSeq = row.seq;
        prevHash = row.hash;
      }
      if (page.length < PAGE) break;
    }
    if (lastSeq !== head.seq || prevHash !== head.hash) {
      problems.push({ chain: head.chain, seq: head.seq, problem: 'head_mismatch' });
    }
  }
  return { ok: problems.length === 0, chains: heads.length, rows, problems };
}
