import { and, count, countDistinct, eq, gte, inArray, lte, or } from 'drizzle-orm';
import { isAllowed } from '../../../../domain/policy';
import { EVIDENCE_DOMAINS } from '../../../../domain/programme-evidence';
import { reportingTimeliness } from '../../../../domain/grants';
import { fundingOpportunities, grantReports, grants, membershipFees } from '../../grants/grants.tables';
import type { DbOrTx } from '../../../platform/db/client';
import type { EvidencePeriod, EvidenceProvider } from '../programme-evidence.providers';

/**
 * Grants and funders (resource mobilization), reporting timeliness (project management), pipeline,
 * fees: each only for the roles that may read that list (grants, funding opportunities, fees).
 */
export const grantsEvidence: EvidenceProvider = {
  id: 'grants',
  async collect(db, orgId, period, reader) {
    const facts = [];
    if (isAllowed(reader.role, 'grant', 'list', reader.level))
      facts.push(...(await grantFacts(db, orgId, period)));
    if (isAllowed(reader.role, 'funding_opportunity', 'list', reader.level))
      facts.push(...(await pipelineFacts(db, orgId, period)));
    if (isAllowed(reader.role, 'membership_fee', 'list', reader.level))
      facts.push(...(await feeFacts(db, orgId, period)));
    return facts;
  },
};

type Facts = Awaited<ReturnType<EvidenceProvider['collect']>>;

async function grantFacts(db: DbOrTx, orgId: string, period: EvidencePeriod): Promise<Facts> {
  const facts: Facts = [];
  const inWindow = and(
    eq(grants.orgId, orgId),
    gte(grants.endsOn, period.from),
    lte(grants.startsOn, period.to),
  );
  const [grantCounts] = await db
    .select({ grants: count(), funders: countDistinct(grants.funder) })
    .from(grants)
    .where(inWindow);
  if (grantCounts && grantCounts.grants > 0) {
    facts.push(
      {
        domainKey: EVIDENCE_DOMAINS.resourceMobilization,
        key: 'grants',
        value: grantCounts.grants,
        total: null,
      },
      {
        domainKey: EVIDENCE_DOMAINS.resourceMobilization,
        key: 'funders',
        value: grantCounts.funders,
        total: null,
      },
    );
  }
  const reports = await db
    .select({ dueOn: grantReports.dueOn, submittedOn: grantReports.submittedOn })
    .from(grantReports)
    .where(
      and(
        eq(grantReports.orgId, orgId),
        gte(grantReports.dueOn, period.from),
        lte(grantReports.dueOn, period.to),
      ),
    );
  const timeliness = reportingTimeliness(reports, period.to);
  if (timeliness.due > 0)
    facts.push({
      domainKey: EVIDENCE_DOMAINS.projectManagement,
      key: 'reportsOnTime',
      value: timeliness.onTime,
      total: timeliness.due,
    });
  return facts;
}

async function pipelineFacts(db: DbOrTx, orgId: string, period: EvidencePeriod): Promise<Facts> {
  const facts: Facts = [];
  const [pipeline] = await db
    .select({ open: count() })
    .from(fundingOpportunities)
    .where(
      and(
        eq(fundingOpportunities.orgId, orgId),
        inArray(fundingOpportunities.stage, ['opportunity', 'proposal']),
      ),
    );
  const decided = await db
    .select({ stage: fundingOpportunities.stage, n: count() })
    .from(fundingOpportunities)
    .where(
      and(
        eq(fundingOpportunities.orgId, orgId),
        or(eq(fundingOpportunities.stage, 'awarded'), eq(fundingOpportunities.stage, 'declined')),
        gte(fundingOpportunities.updatedAt, new Date(`${period.from}T00:00:00Z`)),
      ),
    )
    .groupBy(fundingOpportunities.stage);
  const awarded = decided.find((row) => row.stage === 'awarded')?.n ?? 0;
  const decidedTotal = decided.reduce((sum, row) => sum + row.n, 0);
  if (pipeline && pipeline.open > 0)
    facts.push({
      domainKey: EVIDENCE_DOMAINS.resourceMobilization,
      key: 'pipelineOpen',
      value: pipeline.open,
      total: null,
    });
  if (decidedTotal > 0)
    facts.push({
      domainKey: EVIDENCE_DOMAINS.resourceMobilization,
      key: 'proposalsAwarded',
      value: awarded,
      total: decidedTotal,
    });
  return facts;
}

async function feeFacts(db: DbOrTx, orgId: string, period: EvidencePeriod): Promise<Facts> {
  const facts: Facts = [];
  const fees = await db
    .select({ status: membershipFees.status, n: count() })
    .from(membershipFees)
    .where(
      and(
        eq(membershipFees.orgId, orgId),
        gte(membershipFees.createdAt, new Date(`${period.from}T00:00:00Z`)),
      ),
    )
    .groupBy(membershipFees.status);
  const feeTotal = fees.reduce((sum, row) => sum + row.n, 0);
  if (feeTotal > 0) {
    const of = (status: string) => fees.find((row) => row.status === status)?.n ?? 0;
    facts.push(
      {
        domainKey: EVIDENCE_DOMAINS.resourceMobilization,
        key: 'feesPaid',
        value: of('paid'),
        total: feeTotal,
      },
      {
        domainKey: EVIDENCE_DOMAINS.resourceMobilization,
        key: 'feesExempt',
        value: of('exempt'),
        total: feeTotal,
      },
    );
  }
  return facts;
}
