import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locales';
import { CAPACITY_LEVELS, type LocalizedText } from './framework';
import { CORE_DOMAIN_KEYS, OPTIONAL_DOMAIN_KEYS, STANDARD_FRAMEWORK } from './standard-framework';

/** The standard framework's content: structure, counts, keys and the three languages. */
const domains = STANDARD_FRAMEWORK.domains;
const items = domains.flatMap((d) => d.items);

function expectComplete(text: LocalizedText, where: string): void {
  expect(Object.keys(text).sort(), where).toEqual([...LOCALES].sort());
  for (const locale of LOCALES) {
    const value = text[locale];
    expect(value.trim(), `${where} ${locale}`).toBe(value);
    expect(value.length, `${where} ${locale}`).toBeGreaterThan(1);
  }
}

describe('standard capacity framework', () => {
  it('ships the seed’s six domains first, enabled, then the six optional domains', () => {
    expect(domains.map((d) => d.key)).toEqual([...CORE_DOMAIN_KEYS, ...OPTIONAL_DOMAIN_KEYS]);
    for (const d of domains) expect(d.optional).toBe(OPTIONAL_DOMAIN_KEYS.includes(d.key as never));
  });

  it('has 4–6 items in each core domain and 3–5 in each optional domain', () => {
    for (const d of domains) {
      const [min, max] = d.optional ? [3, 5] : [4, 6];
      expect(d.items.length, d.key).toBeGreaterThanOrEqual(min);
      expect(d.items.length, d.key).toBeLessThanOrEqual(max);
    }
  });

  it('gives every item a unique key of the form <domain>.<name>', () => {
    const keys = items.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const d of domains)
      for (const i of d.items) expect(i.key).toMatch(new RegExp(`^${d.key}\\.[a-z][a-z_]*[a-z]$`));
    expect(new Set(domains.map((d) => d.key)).size).toBe(domains.length);
    for (const d of domains) expect(d.key).toMatch(/^[a-z][a-z_]*[a-z]$/);
  });

  it('writes every label, description, statement and each of the four levels in es, pt-BR and en', () => {
    expectComplete(STANDARD_FRAMEWORK.name, 'name');
    for (const d of domains) {
      expectComplete(d.labels, `${d.key} label`);
      expectComplete(d.description, `${d.key} description`);
      for (const i of d.items) {
        expectComplete(i.statement, i.key);
        expect(Object.keys(i.levels).sort(), i.key).toEqual([...CAPACITY_LEVELS]);
        for (const level of CAPACITY_LEVELS) expectComplete(i.levels[level], `${i.key} level ${level}`);
      }
    }
  });

  it('writes full sentences, translated (no language is a copy of another) and distinct per level', () => {
    for (const i of items) {
      for (const text of [i.statement, ...CAPACITY_LEVELS.map((l) => i.levels[l])]) {
        for (const locale of LOCALES) expect(text[locale], `${i.key} ${locale}`).toMatch(/[.)]$/);
        expect(text.en, i.key).not.toBe(text.es);
        expect(text.en, i.key).not.toBe(text['pt-BR']);
        expect(text['pt-BR'], i.key).not.toBe(text.es);
      }
      for (const locale of LOCALES) {
        const levels = CAPACITY_LEVELS.map((l) => i.levels[l][locale]);
        expect(new Set(levels).size, `${i.key} ${locale}`).toBe(4);
      }
    }
  });

  it('keeps statements short enough to read aloud in a session and on a phone', () => {
    for (const i of items)
      for (const locale of LOCALES) {
        expect(i.statement[locale].length, `${i.key} ${locale}`).toBeLessThanOrEqual(320);
        for (const l of CAPACITY_LEVELS)
          expect(i.levels[l][locale].length, `${i.key} ${l} ${locale}`).toBeLessThanOrEqual(260);
      }
  });

  it('covers what SWIT §6.5–6.7 and DOMAIN §5 ask of sex-worker-led organizations', () => {
    const keys = new Set(items.map((i) => i.key));
    for (const key of [
      'governance.own_vision', // own vision and strategy
      'governance.legal_standing', // registration through a network is valid
      'resource_mobilization.membership_fees', // fees that do not exclude
      'resource_mobilization.public_funds', // government schemes
      'networking.actor_map', // state and non-state actors
      'human_resources.fair_pay', // fair pay for promotoras
      'human_resources.field_safety', // staff safety
      'safety_data_protection.data_minimisation', // data protection
      'hr_documentation.documentation_system', // documenting violations
    ])
      expect(keys.has(key), key).toBe(true);
    const text = (key: string) => items.find((i) => i.key === key)!;
    expect(text('governance.legal_standing').levels['3'].es).toMatch(/red/);
    expect(text('resource_mobilization.membership_fees').statement.es).toMatch(/no excluyen/);
    expect(text('networking.actor_map').statement.es).toMatch(/estatales.*no estatales/);
    expect(text('human_resources.fair_pay').statement.es).toMatch(/promotoras/);
  });
});
