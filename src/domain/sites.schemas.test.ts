import { describe, expect, it } from 'vitest';
import {
  AreaCreateInput,
  childLevelOf,
  EstimateCreateInput,
  monthOf,
  normalizePlaceName,
  SiteCreateInput,
} from './sites.schemas';

describe('normalizePlaceName', () => {
  it.each([
    ['Chalchuapa', 'chalchuápa'],
    ['Parque  Central.', 'PARQUE CENTRAL'],
    ['San José', 'san-jose'],
  ])('folds %s and %s to the same name', (a, b) => {
    expect(normalizePlaceName(a)).toBe(normalizePlaceName(b));
  });

  it('keeps different places apart', () => {
    expect(normalizePlaceName('Santa Ana')).not.toBe(normalizePlaceName('Santa Anita'));
  });
});

describe('area levels', () => {
  it('go country → province → municipality and stop there', () => {
    expect(childLevelOf('country')).toBe('province');
    expect(childLevelOf('province')).toBe('municipality');
    expect(childLevelOf('municipality')).toBeNull();
  });

  it('a country needs its code and no parent; other levels need a parent and inherit the code', () => {
    expect(AreaCreateInput.safeParse({ level: 'country', name: 'Perú', countryCode: 'PE' }).success).toBe(
      true,
    );
    const paths = (input: unknown) =>
      AreaCreateInput.safeParse(input).error?.issues.map((issue) => issue.path.join('.'));
    expect(paths({ level: 'country', name: 'Perú' })).toEqual(['countryCode']);
    expect(paths({ level: 'municipality', name: 'Lima', countryCode: 'PE' })).toEqual([
      'parentId',
      'countryCode',
    ]);
  });
});

describe('size estimates', () => {
  const valid = { low: 10, point: 20, high: 30, method: 'mapping', estimatedOn: '2026-01-15' };

  it('accept low ≤ point ≤ high, equal bounds included', () => {
    expect(EstimateCreateInput.safeParse(valid).success).toBe(true);
    expect(EstimateCreateInput.safeParse({ ...valid, low: 20, high: 20 }).success).toBe(true);
  });

  it('name the field that breaks the order, with the bound it must not exceed', () => {
    const low = EstimateCreateInput.safeParse({ ...valid, low: 25 }).error?.issues[0];
    expect(low).toMatchObject({ code: 'too_big', path: ['low'], maximum: 20 });
    const point = EstimateCreateInput.safeParse({ ...valid, point: 31 }).error?.issues[0];
    expect(point).toMatchObject({ code: 'too_big', path: ['point'], maximum: 30 });
  });
});

describe('sites', () => {
  it('refuse repeated days and clock times out of range; never take coordinates', () => {
    const base = { areaId: '01a22545-e9a3-76af-9dfc-bfb2584a5ff3', name: 'Punto', typology: 'street' };
    expect(
      SiteCreateInput.safeParse({ ...base, activityDays: ['sat', 'sun'], opensAt: '23:59' }).success,
    ).toBe(true);
    expect(SiteCreateInput.safeParse({ ...base, activityDays: ['sat', 'sat'] }).success).toBe(false);
    expect(SiteCreateInput.safeParse({ ...base, closesAt: '7:00' }).success).toBe(false);
    expect(SiteCreateInput.safeParse({ ...base, lat: 13.7, lng: -89.2 }).success).toBe(false);
  });

  it('months are taken in UTC', () => {
    expect(monthOf(new Date('2026-05-31T23:59:59Z'))).toBe('2026-05');
  });
});
