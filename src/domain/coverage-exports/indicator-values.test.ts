import { describe, expect, it } from 'vitest';
import type { CoverageReport, CoverageRow } from '../coverage.schemas';
import { indicatorValuesOf } from './indicator-values';

function row(
  over: Partial<CoverageRow> & { id: string | null; level?: CoverageRow['unit']['level'] },
): CoverageRow {
  const { id, level = 'site', ...rest } = over;
  const reporting = { reporting: 1, zeroReturns: 0, silent: 0 };
  return {
    unit: { level, id, name: id, localGroupId: null },
    reached: 10,
    reachedWithPackage: 8,
    anonymousContacts: 0,
    contacts: 12,
    estimate: { low: 20, point: 30, high: 40, sites: 1, sitesWithEstimate: 1 },
    coverage: { low: 0.2, point: 8 / 30, high: 0.4 },
    regularContact: 2,
    newMembers: 3,
    repeatMembers: 7,
    condomsGiven: 100,
    lubricantGiven: 50,
    condomsNeeded: 120,
    memberMonthsWithNeed: 10,
    referralsMade: 4,
    referralsCompleted: 2,
    hivTestedKnowsResult: 1,
    promotorasActive: 1,
    membersPerPromotora: 10,
    reportingSites: reporting,
    ...rest,
  };
}

const report = (rows: CoverageRow[], total: CoverageRow) =>
  ({ rows, total, level: 'site' }) as unknown as CoverageReport;

describe('standard indicator values', () => {
  it('maps KP-1c and KP_PREV to reached with the package, KP-3c to tested and knowing, GAM to coverage %', () => {
    const values = indicatorValuesOf(report([], row({ id: null, level: 'organization' })));
    expect(values).toEqual([
      { indicator: 'GF_KP_1c', siteId: null, value: 8 },
      { indicator: 'GF_KP_3c', siteId: null, value: 1 },
      { indicator: 'UNAIDS_GAM_COVERAGE', siteId: null, value: 26.7 },
      { indicator: 'PEPFAR_KP_PREV', siteId: null, value: 8 },
    ]);
  });

  it('adds every site row, leaves out contacts without a site, and has no coverage without an estimate', () => {
    const values = indicatorValuesOf(
      report(
        [
          row({ id: 'site-a', reachedWithPackage: 5, coverage: { low: null, point: null, high: null } }),
          row({ id: null }),
        ],
        row({ id: null, level: 'organization' }),
      ),
    );
    expect(values.filter((v) => v.siteId === 'site-a')).toEqual([
      { indicator: 'GF_KP_1c', siteId: 'site-a', value: 5 },
      { indicator: 'GF_KP_3c', siteId: 'site-a', value: 1 },
      { indicator: 'UNAIDS_GAM_COVERAGE', siteId: 'site-a', value: null },
      { indicator: 'PEPFAR_KP_PREV', siteId: 'site-a', value: 5 },
    ]);
    expect(values).toHaveLength(8);
  });
});
