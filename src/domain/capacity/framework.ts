import type { Locale } from '../locales';

/** A text in the three interface languages (Spanish first). */
export type LocalizedText = Record<Locale, string>;

/** The four levels of the rubric: 1 nascent · 2 emerging · 3 established · 4 mature (N/A is a score, not a level). */
export const CAPACITY_LEVELS = ['1', '2', '3', '4'] as const;
export type CapacityLevel = (typeof CAPACITY_LEVELS)[number];

/** One description per level of an item's rubric. */
export type LevelDescriptions = Record<CapacityLevel, LocalizedText>;

/** An item of the framework: a statement the group scores 1–4 (or N/A) by consensus. */
export interface FrameworkItemContent {
  /** Stable across versions and organizations: re-assessments compare items by this key. */
  readonly key: string;
  readonly statement: LocalizedText;
  readonly levels: LevelDescriptions;
}

export interface FrameworkDomainContent {
  /** Stable domain key (e.g. `governance`). */
  readonly key: string;
  /** Optional domains ship disabled; an organization enables those that fit its work. */
  readonly optional: boolean;
  readonly labels: LocalizedText;
  readonly description: LocalizedText;
  readonly items: readonly FrameworkItemContent[];
}

export interface FrameworkContent {
  readonly name: LocalizedText;
  readonly domains: readonly FrameworkDomainContent[];
}
