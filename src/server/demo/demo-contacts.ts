import { and, asc, eq } from 'drizzle-orm';
import type { ReferralService } from '../../domain/contacts.schemas';
import { newId } from '../../domain/ids';
import type { Tx } from '../platform/db/client';
import { insertContact, insertReferrals, type ContactRow } from '../modules/contacts/contacts.repo';
import { insertReferralEvent } from '../modules/contacts/referrals.repo';
import { members } from '../modules/members/members.tables';
import { siteWorkers } from '../modules/sites/sites.tables';
import { insertReceipt, insertStockPoint } from '../modules/stock/stock.repo';

const dayOffset = (now: Date, days: number) =>
  new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Demo stock (a drop-in centre and the street team, the team short of lubricant) and a month of the
 * demo promotora's contacts: most of her caseload, a few left due, two anonymous tallies, referrals
 * at each step of follow-up and one corrected contact. Synthetic; runs in the seeding transaction.
 */
export async function seedDemoContacts(
  tx: Tx,
  options: { orgId: string; promotoraId: string; now: Date },
): Promise<void> {
  const { orgId, promotoraId, now } = options;
  const centreId = newId(now.getTime());
  const teamId = newId(now.getTime());
  const base = { orgId, createdAt: now, updatedAt: now, deletedAt: null };
  await insertStockPoint(tx, {
    ...base,
    id: centreId,
    name: 'Casa Liquidambar',
    kind: 'drop_in_centre',
    thresholdCondoms: 200,
    thresholdLubricant: 50,
    thresholdHivSelfTests: 5,
  });
  await insertStockPoint(tx, {
    ...base,
    id: teamId,
    name: 'Equipo de calle Centro',
    kind: 'team',
    thresholdCondoms: 100,
    thresholdLubricant: 20,
    thresholdHivSelfTests: null,
  });
  const receipts = [
    { point: centreId, item: 'condoms', quantity: 2000, days: 25 },
    { point: centreId, item: 'lubricant', quantity: 300, days: 25 },
    { point: centreId, item: 'hiv_self_tests', quantity: 40, days: 20 },
    { point: teamId, item: 'condoms', quantity: 600, days: 28 },
    { point: teamId, item: 'lubricant', quantity: 40, days: 28 },
  ] as const;
  for (const receipt of receipts)
    await insertReceipt(tx, {
      orgId,
      id: newId(now.getTime()),
      stockPointId: receipt.point,
      item: receipt.item,
      quantity: receipt.quantity,
      receivedOn: dayOffset(now, receipt.days),
      createdBy: null,
      createdAt: now,
    });

  const caseload = await tx
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.assignedUserId, promotoraId)))
    .orderBy(asc(members.id));
  const [site] = await tx
    .select({ id: siteWorkers.siteId })
    .from(siteWorkers)
    .where(and(eq(siteWorkers.orgId, orgId), eq(siteWorkers.userId, promotoraId)))
    .limit(1);
  const contact = (values: Partial<ContactRow> & { days: number }): ContactRow => {
    const { days, ...rest } = values;
    return {
      orgId,
      id: newId(now.getTime()),
      contactedOn: dayOffset(now, days),
      siteId: site?.id ?? null,
      promotoraUserId: promotoraId,
      memberId: null,
      anonymousCount: null,
      condoms: 20,
      lubricant: 4,
      hivSelfTests: 0,
      infoTopics: ['hiv_prevention'],
      needs: [],
      stockPointId: teamId,
      supersedesId: null,
      voided: false,
      createdBy: promotoraId,
      createdAt: now,
      ...rest,
    };
  };
  // The last three members of the caseload stay without a recent contact, so some are due.
  const reached = caseload.slice(0, Math.max(0, caseload.length - 3));
  const referralSteps: { service: ReferralService; steps: ('attended' | 'not_attended' | 'result')[] }[] = [
    { service: 'hiv_test', steps: [] },
    { service: 'prep', steps: ['attended'] },
    { service: 'legal', steps: ['not_attended'] },
    { service: 'sti', steps: ['attended', 'result'] },
  ];
  for (const [index, member] of reached.entries()) {
    const row = contact({
      days: 2 + index * 2,
      memberId: member.id,
      condoms: 15 + (index % 3) * 10,
      hivSelfTests: index % 4 === 0 ? 1 : 0,
      infoTopics: index % 2 === 0 ? ['hiv_prevention', 'prep'] : ['rights_legal', 'violence_safety'],
      needs: index % 3 === 0 ? ['legal_support'] : [],
      stockPointId: index % 2 === 0 ? teamId : centreId,
    });
    await insertContact(tx, row);
    const plan = referralSteps[index];
    if (!plan) continue;
    const referralId = newId(now.getTime());
    await insertReferrals(tx, [
      {
        orgId,
        id: referralId,
        originId: referralId,
        contactId: row.id,
        service: plan.service,
        facilityType: index % 2 === 0 ? 'public' : 'ngo',
        createdAt: now,
      },
    ]);
    for (const step of plan.steps)
      await insertReferralEvent(tx, {
        orgId,
        id: newId(now.getTime()),
        referralId,
        status: step,
        result: step === 'result' ? 'result_known' : null,
        recordedOn: dayOffset(now, 1),
        recordedBy: promotoraId,
        createdAt: now,
      });
    if (index === 1) {
      // One contact corrected the day after (condoms miscounted): the history shows both events, and
      // the referral follows the correction with its outcome (same origin id).
      const correctionId = newId(now.getTime());
      await insertContact(tx, { ...row, id: correctionId, supersedesId: row.id, condoms: row.condoms + 5 });
      await insertReferrals(tx, [
        {
          orgId,
          id: newId(now.getTime()),
          originId: referralId,
          contactId: correctionId,
          service: plan.service,
          facilityType: 'ngo',
          createdAt: now,
        },
      ]);
    }
  }
  for (const [days, count] of [
    [3, 4],
    [10, 2],
  ] as const)
    await insertContact(tx, contact({ days, anonymousCount: count, condoms: count * 10, lubricant: 0 }));
}
