import { SERVICE_ATOMS, type PackageRule, type ServiceAtom } from '../coverage.schemas';

/**
 * Package rules evaluated over one month of a member's effective contacts (of one unit). Services are
 * kept as a bit set: atom `SERVICE_ATOMS[i]` is bit `1 << i`. The pre-aggregate stores the OR of the
 * month's contacts, and the SQL of the indicator engine tests the same masks as `meetsRule` below.
 */

export function atomBit(atom: ServiceAtom): number {
  return 1 << SERVICE_ATOMS.indexOf(atom);
}

export function servicesMask(atoms: Iterable<ServiceAtom>): number {
  let mask = 0;
  for (const atom of atoms) mask |= atomBit(atom);
  return mask;
}

export function atomsOf(mask: number): ServiceAtom[] {
  return SERVICE_ATOMS.filter((atom) => (mask & atomBit(atom)) !== 0);
}

/** The masks a rule tests: all bits of `all`, and any bit of `any` unless `any` is 0. */
export interface RuleMasks {
  minContacts: number;
  all: number;
  any: number;
}

export function ruleMasks(rule: PackageRule): RuleMasks {
  return { minContacts: rule.minContacts, all: servicesMask(rule.allOf), any: servicesMask(rule.anyOf) };
}

/** One member's month in a unit: effective contacts and the services received in them. */
export interface MemberMonth {
  contacts: number;
  services: number;
}

export function meetsRule(rule: PackageRule, month: MemberMonth): boolean {
  const { minContacts, all, any } = ruleMasks(rule);
  if (month.contacts < minContacts) return false;
  if ((month.services & all) !== all) return false;
  return any === 0 || (month.services & any) !== 0;
}

/** A contact as the rule sees it (quantities and what was talked about or referred). */
export interface ContactServices {
  condoms: number;
  lubricant: number;
  hivSelfTests: number;
  infoTopics: readonly string[];
  referralServices: readonly string[];
}

/** The services of one contact as a bit set (the same rule as the SQL of the pre-aggregate). */
export function contactServices(contact: ContactServices): number {
  let mask = 0;
  if (contact.condoms > 0) mask |= atomBit('condoms');
  if (contact.lubricant > 0) mask |= atomBit('lubricant');
  if (contact.hivSelfTests > 0) mask |= atomBit('hiv_self_test');
  if (contact.infoTopics.length > 0) mask |= atomBit('info');
  for (const service of contact.referralServices) {
    const atom = `referral_${service}` as ServiceAtom;
    if (SERVICE_ATOMS.includes(atom)) mask |= atomBit(atom);
  }
  return mask;
}

/** Two rules are the same definition (a save that changes nothing makes no new version). */
export function sameRule(a: PackageRule, b: PackageRule): boolean {
  return (
    a.minContacts === b.minContacts &&
    servicesMask(a.allOf) === servicesMask(b.allOf) &&
    servicesMask(a.anyOf) === servicesMask(b.anyOf)
  );
}
