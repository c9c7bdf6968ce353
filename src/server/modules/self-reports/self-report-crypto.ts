import type { KeyRing } from '../../platform/crypto/keyring';
import type { SelfReportMessageRow, SelfReportRow } from './self-reports.repo';
import {
  selfReportAreaColumn,
  selfReportMessageColumn,
  selfReportTextColumn,
  selfReportTokenColumn,
} from './self-reports.tables';

/** The free text of a report, sealed under its organization's key and bound to its row. */
export async function sealReportText(
  keyring: KeyRing,
  row: { orgId: string; id: string },
  text: { whatHappened: string; areaText?: string | undefined },
): Promise<{ whatHappenedEnc: Buffer; areaTextEnc: Buffer | null }> {
  const key = { org_id: row.orgId, id: row.id };
  return {
    whatHappenedEnc: await keyring.encryptText(row.orgId, text.whatHappened, selfReportTextColumn.aad(key)),
    areaTextEnc: await keyring.encryptNullable(row.orgId, text.areaText, selfReportAreaColumn.aad(key)),
  };
}

export async function openReportText(
  keyring: KeyRing,
  row: SelfReportRow,
): Promise<{ whatHappened: string; areaText: string | null }> {
  const key = { org_id: row.orgId, id: row.id };
  return {
    whatHappened: await keyring.decryptText(row.orgId, row.whatHappenedEnc, selfReportTextColumn.aad(key)),
    areaText: await keyring.decryptNullable(row.orgId, row.areaTextEnc, selfReportAreaColumn.aad(key)),
  };
}

export function sealMessage(keyring: KeyRing, row: { orgId: string; id: string }, body: string) {
  return keyring.encryptText(row.orgId, body, selfReportMessageColumn.aad({ org_id: row.orgId, id: row.id }));
}

export function openMessage(keyring: KeyRing, row: SelfReportMessageRow): Promise<string> {
  return keyring.decryptText(
    row.orgId,
    row.bodyEnc,
    selfReportMessageColumn.aad({ org_id: row.orgId, id: row.id }),
  );
}

export function sealToken(keyring: KeyRing, orgId: string, token: string): Promise<Buffer> {
  return keyring.encryptText(orgId, token, selfReportTokenColumn.aad({ org_id: orgId }));
}

export function openToken(keyring: KeyRing, orgId: string, sealed: Buffer): Promise<string> {
  return keyring.decryptText(orgId, sealed, selfReportTokenColumn.aad({ org_id: orgId }));
}
