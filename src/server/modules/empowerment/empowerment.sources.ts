import { and, between, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { IndicatorFilterValues } from '../../../domain/indicator-filters';
import type { DbOrTx } from '../../platform/db/client';
import { advocacyCommitments, advocacyEngagements, policySeats } from '../advocacy/advocacy.tables';
import { grants } from '../grants/grants.tables';
import type { IndicatorSource } from '../indicators/indicator-sources';
import { trainingExternalCounts, trainingSessions } from '../trainings/trainings.tables';

/**
 * The empowerment indicators of SWIT Table 1.2 (issue 7 part 8) as indicator sources: read-only
 * counts over one organization's trainings, advocacy and grants in a period of calendar days
 * (inclusive). Counts only — never a name, a member code or a row. They read the other modules'
 * tables here, so that those modules stay untouched; `empowerment.sources.test.ts` checks each value
 * on a hand-built fixture.
 */

const noFilters = IndicatorFilterValues.pick({});

async function firstNumber(query: Promise<{ n: number | string | null }[]>): Promise<number> {
  const [row] = await query;
  return Number(row?.n ?? 0);
}

/**
 * People of one type (health providers, police, social-service staff) counted at the organization's
 * sensitization sessions held in the period: the sum of the per-session counts (nobody is listed, so
 * one officer at two sessions counts twice).
 */
function externalActorsTrained(key: string, participantType: string): IndicatorSource {
  return {
    key,
    labelKey: `indicators.sources.${key}`,
    filters: noFilters,
    count: (db, orgId, from, to) =>
      firstNumber(
        db
          .select({ n: sql<number>`coalesce(sum(${trainingExternalCounts.count}), 0)::int` })
          .from(trainingExternalCounts)
          .innerJoin(
            trainingSessions,
            and(
              eq(trainingSessions.orgId, trainingExternalCounts.orgId),
              eq(trainingSessions.id, trainingExternalCounts.sessionId),
            ),
          )
          .where(
            and(
              eq(trainingExternalCounts.orgId, orgId),
              eq(trainingExternalCounts.participantType, participantType),
              between(trainingSessions.heldOn, from, to),
            ),
          ),
      ),
  };
}

/** Seats in policy spaces the organization held at some point of the period. */
const policySeatsHeld: IndicatorSource = {
  key: 'policy_seats_held',
  labelKey: 'indicators.sources.policy_seats_held',
  filters: noFilters,
  count: (db, orgId, from, to) =>
    firstNumber(
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(policySeats)
        .where(
          and(
            eq(policySeats.orgId, orgId),
            lte(policySeats.heldSince, to),
            or(isNull(policySeats.heldUntil), gte(policySeats.heldUntil, from)),
          ),
        ),
    ),
};

/** Engagements with authorities held in the period. */
const advocacyEngagementsHeld: IndicatorSource = {
  key: 'advocacy_engagements',
  labelKey: 'indicators.sources.advocacy_engagements',
  filters: noFilters,
  count: (db, orgId, from, to) =>
    firstNumber(
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(advocacyEngagements)
        .where(and(eq(advocacyEngagements.orgId, orgId), between(advocacyEngagements.engagedOn, from, to))),
    ),
};

/**
 * Commitments obtained at engagements of the period; `keptOnly`: those whose follow-up status is
 * now "kept" (a ratio indicator divides the two). Partly kept is not kept.
 */
function commitments(key: string, keptOnly: boolean): IndicatorSource {
  return {
    key,
    labelKey: `indicators.sources.${key}`,
    filters: noFilters,
    count: (db: DbOrTx, orgId, from, to) =>
      firstNumber(
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(advocacyCommitments)
          .innerJoin(
            advocacyEngagements,
            and(
              eq(advocacyEngagements.orgId, advocacyCommitments.orgId),
              eq(advocacyEngagements.id, advocacyCommitments.engagementId),
            ),
          )
          .where(
            and(
              eq(advocacyCommitments.orgId, orgId),
              between(advocacyEngagements.engagedOn, from, to),
              keptOnly ? eq(advocacyCommitments.status, 'kept') : undefined,
            ),
          ),
      ),
  };
}

/** Grants (funding received by the sex-worker-led organization) that start in the period. */
const grantsReceived: IndicatorSource = {
  key: 'grants_received',
  labelKey: 'indicators.sources.grants_received',
  filters: noFilters,
  count: (db, orgId, from, to) =>
    firstNumber(
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(grants)
        .where(and(eq(grants.orgId, orgId), between(grants.startsOn, from, to))),
    ),
};

/**
 * Funding received: the amounts of the grants that start in the period, in whole units. Amounts in
 * different currencies cannot be added, so only the organization's main currency counts — the one
 * most of its grants use (ties: alphabetical), which is named beside the indicator by whoever reads it.
 */
const fundingReceived: IndicatorSource = {
  key: 'funding_received',
  labelKey: 'indicators.sources.funding_received',
  filters: noFilters,
  count: (db, orgId, from, to) =>
    firstNumber(
      db
        .select({ n: sql<number>`coalesce(round(sum(${grants.amount})), 0)::bigint` })
        .from(grants)
        .where(
          and(
            eq(grants.orgId, orgId),
            between(grants.startsOn, from, to),
            sql`${grants.currency} = (select g.currency from ${grants} g where g.org_id = ${orgId}
              group by g.currency order by count(*) desc, g.currency limit 1)`,
          ),
        ),
    ),
};

/** The sources this module adds to the indicator registry (keys are stored: never rename one). */
export const EMPOWERMENT_SOURCES: readonly IndicatorSource[] = [
  externalActorsTrained('health_providers_trained', 'health_provider'),
  externalActorsTrained('police_trained', 'police'),
  externalActorsTrained('social_service_staff_trained', 'social_services'),
  policySeatsHeld,
  advocacyEngagementsHeld,
  commitments('commitments_obtained', false),
  commitments('commitments_kept', true),
  grantsReceived,
  fundingReceived,
];
