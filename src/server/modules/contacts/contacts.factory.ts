import { newId } from '../../../domain/ids';
import type { TestApp } from '../../testing/test-app';
import { insertStockPoint, type StockPointRow } from '../stock/stock.repo';
import { insertContact, insertReferrals, type ContactRow } from './contacts.repo';

/**
 * Test factory: a contact event stored directly (a member contact when `memberId` is given, else
 * an anonymous tally of one), with optional referrals (their ids are returned).
 */
export async function buildContact(
  t: TestApp,
  options: Partial<ContactRow> & { orgId: string; promotoraUserId: string; referrals?: number },
): Promise<ContactRow & { referralIds: string[] }> {
  const now = t.clock.now();
  const { referrals = 0, ...values } = options;
  const row: ContactRow = {
    id: newId(now.getTime()),
    contactedOn: now.toISOString().slice(0, 10),
    siteId: null,
    memberId: null,
    anonymousCount: options.memberId ? null : 1,
    condoms: 10,
    lubricant: 2,
    hivSelfTests: 0,
    infoTopics: ['hiv_prevention'],
    needs: [],
    stockPointId: null,
    supersedesId: null,
    voided: false,
    createdBy: options.promotoraUserId,
    createdAt: now,
    ...values,
  };
  if (!(await insertContact(t.db, row))) throw new Error('contact id collision in a test');
  const referralIds = Array.from({ length: referrals }, () => newId(now.getTime()));
  await insertReferrals(
    t.db,
    referralIds.map((id) => ({
      orgId: row.orgId,
      id,
      originId: id,
      contactId: row.id,
      service: 'hiv_test' as const,
      facilityType: 'public' as const,
      createdAt: now,
    })),
  );
  return { ...row, referralIds };
}

export async function buildStockPoint(
  t: TestApp,
  options: Partial<StockPointRow> & { orgId: string },
): Promise<StockPointRow> {
  const now = t.clock.now();
  const row: StockPointRow = {
    id: newId(now.getTime()),
    name: `Centro ${newId().slice(-6)}`,
    kind: 'drop_in_centre',
    thresholdCondoms: null,
    thresholdLubricant: null,
    thresholdHivSelfTests: null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    ...options,
  };
  await insertStockPoint(t.db, row);
  return row;
}
