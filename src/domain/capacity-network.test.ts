import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNetworkPicture, median, scoreBand, type OrgDomainScore } from './capacity-network';

const score = (orgId: string, domainKey: string, value: number | null): OrgDomainScore => ({
  orgId,
  orgName: `Org ${orgId}`,
  domainKey,
  score: value,
});

describe('bands and median', () => {
  it('bands a mean score by its whole level, 4 included in the top band', () => {
    expect([1, 1.99, 2, 3.49, 3.5, 4].map(scoreBand)).toEqual([1, 1, 2, 3, 3, 4]);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('network picture', () => {
  it('withholds domains and names below the minimum', () => {
    const picture = buildNetworkPicture({
      scores: [score('a', 'governance', 4), score('b', 'governance', 2)],
      requests: [{ orgId: 'b', orgName: 'Org b', domainKey: 'governance' }],
      sharingScores: 2,
      sharingTaRequests: 1,
      minOrganizations: 3,
    });
    expect(picture.namesShown).toBe(false);
    expect(picture.domains[0]).toMatchObject({
      organizations: 2,
      withheld: true,
      bands: null,
      median: null,
      strong: null,
      strongCount: 0,
      asking: null,
      taRequests: 1,
    });
  });

  it('shows bands, the median, strong and asking organizations at the minimum', () => {
    const picture = buildNetworkPicture({
      scores: [score('a', 'governance', 3.5), score('b', 'governance', 2), score('c', 'governance', 1.5)],
      requests: [
        { orgId: 'c', orgName: 'Org c', domainKey: 'governance' },
        { orgId: 'c', orgName: 'Org c', domainKey: 'governance' },
      ],
      sharingScores: 3,
      sharingTaRequests: 1,
      minOrganizations: 3,
    });
    expect(picture.domains[0]).toMatchObject({
      bands: [
        { band: 1, count: 1 },
        { band: 2, count: 1 },
        { band: 3, count: 1 },
        { band: 4, count: 0 },
      ],
      median: 2,
      strong: [{ id: 'a', name: 'Org a' }],
      asking: [{ id: 'c', name: 'Org c' }],
      taRequests: 2,
      askingOrganizations: 1,
    });
  });

  it('never lowers the minimum below 2 and ignores N/A domain scores', () => {
    const picture = buildNetworkPicture({
      scores: [score('a', 'governance', 4), score('b', 'governance', null)],
      requests: [],
      sharingScores: 2,
      sharingTaRequests: 0,
      minOrganizations: 1,
    });
    expect(picture.minOrganizations).toBe(2);
    expect(picture.domains[0]).toMatchObject({ organizations: 1, withheld: true });
  });

  it('property: below the minimum no name appears anywhere; bands always add up to the organizations', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            org: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
            domain: fc.constantFrom('governance', 'networking'),
            value: fc.double({ min: 1, max: 4, noNaN: true }),
          }),
          { maxLength: 12 },
        ),
        fc.integer({ min: 2, max: 6 }),
        (rows, min) => {
          const unique = new Map(rows.map((r) => [`${r.org}/${r.domain}`, score(r.org, r.domain, r.value)]));
          const scores = [...unique.values()];
          const picture = buildNetworkPicture({
            scores,
            requests: [],
            sharingScores: 0,
            sharingTaRequests: 0,
            minOrganizations: min,
          });
          const participants = new Set(scores.map((s) => s.orgId)).size;
          if (participants < min) expect(JSON.stringify(picture)).not.toMatch(/Org [a-e]/);
          for (const domain of picture.domains) {
            if (domain.organizations < min) expect(domain.bands).toBeNull();
            else expect(domain.bands!.reduce((sum, b) => sum + b.count, 0)).toBe(domain.organizations);
          }
        },
      ),
    );
  });
});
