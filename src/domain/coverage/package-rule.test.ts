import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACKAGE_RULE, PackageRule, SERVICE_ATOMS, type ServiceAtom } from '../coverage.schemas';
import { atomsOf, contactServices, meetsRule, sameRule, servicesMask } from './package-rule';

const atom = fc.constantFrom(...SERVICE_ATOMS);
const atoms = fc.uniqueArray(atom, { maxLength: SERVICE_ATOMS.length });
const rule = fc.record({ minContacts: fc.integer({ min: 1, max: 31 }), allOf: atoms, anyOf: atoms });
const month = fc.record({ contacts: fc.integer({ min: 0, max: 40 }), services: atoms.map(servicesMask) });

/** The rule read literally, over the list of services: the reference the bit version must agree with. */
function literal(r: PackageRule, contacts: number, received: readonly ServiceAtom[]): boolean {
  return (
    contacts >= r.minContacts &&
    r.allOf.every((a) => received.includes(a)) &&
    (r.anyOf.length === 0 || r.anyOf.some((a) => received.includes(a)))
  );
}

describe('package rule', () => {
  it('the default package: condoms + lubricant + one of information, STI or HIV-test referral', () => {
    const mask = (list: ServiceAtom[]) => servicesMask(list);
    expect(
      meetsRule(DEFAULT_PACKAGE_RULE, { contacts: 1, services: mask(['condoms', 'lubricant', 'info']) }),
    ).toBe(true);
    expect(
      meetsRule(DEFAULT_PACKAGE_RULE, {
        contacts: 2,
        services: mask(['condoms', 'lubricant', 'referral_hiv_test']),
      }),
    ).toBe(true);
    // Lubricant missing.
    expect(meetsRule(DEFAULT_PACKAGE_RULE, { contacts: 3, services: mask(['condoms', 'info']) })).toBe(false);
    // Nothing of the any-of list (a PrEP referral is not one of them).
    expect(
      meetsRule(DEFAULT_PACKAGE_RULE, {
        contacts: 1,
        services: mask(['condoms', 'lubricant', 'referral_prep']),
      }),
    ).toBe(false);
    // No contact at all.
    expect(meetsRule(DEFAULT_PACKAGE_RULE, { contacts: 0, services: 0 })).toBe(false);
    expect(PackageRule.parse(DEFAULT_PACKAGE_RULE)).toEqual(DEFAULT_PACKAGE_RULE);
  });

  it('an empty any-of list requires nothing; min contacts counts', () => {
    const r = { minContacts: 2, allOf: ['condoms'] as ServiceAtom[], anyOf: [] };
    expect(meetsRule(r, { contacts: 2, services: servicesMask(['condoms']) })).toBe(true);
    expect(meetsRule(r, { contacts: 1, services: servicesMask(['condoms']) })).toBe(false);
  });

  it('bit evaluation agrees with the literal reading of the rule', () => {
    fc.assert(
      fc.property(rule, month, (r, m) => {
        expect(meetsRule(r, m)).toBe(literal(r, m.contacts, atomsOf(m.services)));
      }),
    );
  });

  it('receiving more services never loses the package (monotone)', () => {
    fc.assert(
      fc.property(rule, month, atoms, (r, m, extra) => {
        if (meetsRule(r, m))
          expect(meetsRule(r, { contacts: m.contacts + 1, services: m.services | servicesMask(extra) })).toBe(
            true,
          );
      }),
    );
  });

  it('a contact maps its quantities, topics and referrals to atoms', () => {
    const mask = contactServices({
      condoms: 3,
      lubricant: 0,
      hivSelfTests: 1,
      infoTopics: ['prep'],
      referralServices: ['sti', 'mental_health'],
    });
    expect(atomsOf(mask)).toEqual([
      'condoms',
      'hiv_self_test',
      'info',
      'referral_sti',
      'referral_mental_health',
    ]);
    expect(
      contactServices({ condoms: 0, lubricant: 0, hivSelfTests: 0, infoTopics: [], referralServices: [] }),
    ).toBe(0);
  });

  it('the same definition in another order is the same rule', () => {
    fc.assert(
      fc.property(rule, (r) => {
        const shuffled = { ...r, allOf: [...r.allOf].reverse(), anyOf: [...r.anyOf].reverse() };
        expect(sameRule(r, shuffled)).toBe(true);
        expect(sameRule(r, { ...r, minContacts: r.minContacts === 31 ? 1 : r.minContacts + 1 })).toBe(false);
      }),
    );
  });

  it('the schema refuses duplicates and out-of-range minimums', () => {
    expect(PackageRule.safeParse({ minContacts: 0, allOf: [], anyOf: [] }).success).toBe(false);
    expect(PackageRule.safeParse({ minContacts: 32, allOf: [], anyOf: [] }).success).toBe(false);
    expect(PackageRule.safeParse({ minContacts: 1, allOf: ['condoms', 'condoms'], anyOf: [] }).success).toBe(
      false,
    );
    expect(PackageRule.safeParse({ minContacts: 1, allOf: ['kisses'], anyOf: [] }).success).toBe(false);
  });
});
