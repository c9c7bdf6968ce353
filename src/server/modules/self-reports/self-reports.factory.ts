import { newId } from '../../../domain/ids';
import { formatClaimCode } from '../../../domain/self-reports';
import type { TestApp } from '../../testing/test-app';
import { sealMessage, sealReportText, sealToken } from './self-report-crypto';
import { hashSecret, newClaimCode, newPublicToken } from './self-report-secrets';
import { insertMessage, insertReport, upsertSettings } from './self-reports.repo';

/** Opens (or closes) an organization's public form with a fresh link; returns the link's token. */
export async function buildSelfReportForm(
  t: TestApp,
  options: { orgId: string; enabled?: boolean },
): Promise<{ token: string }> {
  const token = newPublicToken();
  await upsertSettings(t.db, {
    orgId: options.orgId,
    enabled: options.enabled ?? true,
    publicTokenHash: hashSecret(token),
    publicTokenEnc: await sealToken(t.deps.keyring, options.orgId, token),
    updatedBy: null,
    updatedAt: t.clock.now(),
  });
  return { token };
}

/** A report as the public form would store it, with an optional first reporter message. */
export async function buildSelfReport(
  t: TestApp,
  options: {
    orgId: string;
    whatHappened?: string;
    areaText?: string;
    status?: 'new' | 'in_review' | 'converted' | 'closed';
    reporterMessage?: string;
  },
): Promise<{ id: string; claimCode: string }> {
  const id = newId();
  const code = newClaimCode();
  const now = t.clock.now();
  const sealed = await sealReportText(
    t.deps.keyring,
    { orgId: options.orgId, id },
    { whatHappened: options.whatHappened ?? 'Me detuvieron sin motivo.', areaText: options.areaText },
  );
  await insertReport(t.db, {
    orgId: options.orgId,
    id,
    claimCodeHash: hashSecret(code),
    occurredOn: null,
    occurredPrecision: 'approximate',
    ...sealed,
    actTypes: ['arbitrary_detention'],
    wantsContact: true,
    status: options.status ?? 'new',
    caseId: null,
    createdAt: now,
    updatedAt: now,
  });
  if (options.reporterMessage) {
    const messageId = newId();
    await insertMessage(t.db, {
      orgId: options.orgId,
      id: messageId,
      reportId: id,
      sender: 'reporter',
      staffUserId: null,
      bodyEnc: await sealMessage(
        t.deps.keyring,
        { orgId: options.orgId, id: messageId },
        options.reporterMessage,
      ),
      createdAt: now,
    });
  }
  return { id, claimCode: formatClaimCode(code) };
}
