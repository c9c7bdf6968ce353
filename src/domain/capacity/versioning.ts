import { LOCALES, type Locale } from '../locales';
import { CAPACITY_LEVELS, type LevelDescriptions, type LocalizedText } from './framework';

/**
 * Pure rules of framework versions (issue 6): keys for items an organization adds, texts written in
 * one or more languages, and what changed between two versions (compared by key, never by id).
 */

/** Prefix of the keys of items an organization adds; standard keys never use it. */
export const CUSTOM_KEY_MARK = 'org_';

/**
 * The key of a new organization item: `<domain>.org_<10 hex>`, taken from the random tail of the
 * item's UUIDv7 at creation. It never changes afterwards (copied into later versions), and a removed
 * item's key is never reused for a different statement (action plans keep pointing at what they meant).
 */
export function customItemKey(domainKey: string, itemId: string): string {
  const hex = itemId.replace(/-/g, '').toLowerCase();
  return `${domainKey}.${CUSTOM_KEY_MARK}${hex.slice(-10)}`;
}

export function isCustomItemKey(key: string): boolean {
  return key.split('.')[1]?.startsWith(CUSTOM_KEY_MARK) ?? false;
}

/** A text given in one or more languages (the others missing or blank). */
export type PartialLocalizedText = Partial<Record<Locale, string | undefined>>;

/**
 * Completes a text written in some of the languages: each missing language takes the first one given
 * (Spanish, then Portuguese, then English), so every reader finds a text in its language. Null when no
 * language has text.
 */
export function completeLocalizedText(input: PartialLocalizedText): LocalizedText | null {
  const given = LOCALES.map((locale) => input[locale]?.trim() ?? '');
  const fallback = given.find((value) => value.length > 0);
  if (fallback === undefined) return null;
  return {
    es: given[0] || fallback,
    'pt-BR': given[1] || fallback,
    en: given[2] || fallback,
  };
}

export function sameLocalizedText(a: LocalizedText, b: LocalizedText): boolean {
  return LOCALES.every((locale) => a[locale] === b[locale]);
}

export function sameLevels(a: LevelDescriptions, b: LevelDescriptions): boolean {
  return CAPACITY_LEVELS.every((level) => sameLocalizedText(a[level], b[level]));
}

/** What a diff needs of a framework version. */
export interface ComparableFramework {
  domains: readonly {
    key: string;
    enabled: boolean;
    items: readonly { key: string; statement: LocalizedText; levels: LevelDescriptions }[];
  }[];
}

export interface FrameworkChanges {
  /** Item keys present in the newer version only. */
  addedItems: string[];
  /** Item keys present in the older version only. */
  removedItems: string[];
  /** Item keys in both whose statement or level descriptions differ. */
  changedItems: string[];
  /** Domains enabled in the newer version that were disabled (or absent) in the older one. */
  enabledDomains: string[];
  /** Domains disabled (or absent) in the newer version that were enabled in the older one. */
  disabledDomains: string[];
}

/**
 * Differences between two versions, by key. Items of disabled domains count as present: enabling a
 * domain is reported as such, not as new items.
 */
export function compareFrameworks(older: ComparableFramework, newer: ComparableFramework): FrameworkChanges {
  const itemsOf = (f: ComparableFramework) =>
    new Map(f.domains.flatMap((d) => d.items.map((i) => [i.key, i])));
  const enabledOf = (f: ComparableFramework) => new Set(f.domains.filter((d) => d.enabled).map((d) => d.key));
  const before = itemsOf(older);
  const after = itemsOf(newer);
  const enabledBefore = enabledOf(older);
  const enabledAfter = enabledOf(newer);
  return {
    addedItems: [...after.keys()].filter((key) => !before.has(key)),
    removedItems: [...before.keys()].filter((key) => !after.has(key)),
    changedItems: [...after.entries()]
      .filter(([key, item]) => {
        const old = before.get(key);
        return (
          old !== undefined &&
          !(sameLocalizedText(old.statement, item.statement) && sameLevels(old.levels, item.levels))
        );
      })
      .map(([key]) => key),
    enabledDomains: [...enabledAfter].filter((key) => !enabledBefore.has(key)),
    disabledDomains: [...enabledBefore].filter((key) => !enabledAfter.has(key)),
  };
}

export function hasChanges(changes: FrameworkChanges): boolean {
  return Object.values(changes).some((list: string[]) => list.length > 0);
}
