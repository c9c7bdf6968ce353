import { describe, expect, it } from 'vitest';
import type { LevelDescriptions, LocalizedText } from './framework';
import {
  compareFrameworks,
  completeLocalizedText,
  hasChanges,
  customItemKey,
  isCustomItemKey,
  type ComparableFramework,
} from './versioning';

const text = (s: string): LocalizedText => ({ es: s, 'pt-BR': s, en: s });
const levels = (s: string): LevelDescriptions => ({
  '1': text(`${s}1`),
  '2': text(`${s}2`),
  '3': text(`${s}3`),
  '4': text(`${s}4`),
});
const item = (key: string, s = key) => ({ key, statement: text(s), levels: levels(s) });

describe('customItemKey', () => {
  it('derives a stable key from the random tail of the item id, marked as the organization’s', () => {
    const key = customItemKey('governance', '0190F2A0-1234-7abc-8def-0123456789ab');
    expect(key).toBe('governance.org_23456789ab');
    expect(isCustomItemKey(key)).toBe(true);
    expect(isCustomItemKey('governance.own_vision')).toBe(false);
  });
});

describe('completeLocalizedText', () => {
  it('fills missing languages from the first one given, trims, and refuses an empty text', () => {
    expect(completeLocalizedText({ es: ' Hola ' })).toEqual({ es: 'Hola', 'pt-BR': 'Hola', en: 'Hola' });
    expect(completeLocalizedText({ en: 'Hi', 'pt-BR': 'Oi' })).toEqual({ es: 'Oi', 'pt-BR': 'Oi', en: 'Hi' });
    expect(completeLocalizedText({ es: 'a', 'pt-BR': 'b', en: 'c' })).toEqual({
      es: 'a',
      'pt-BR': 'b',
      en: 'c',
    });
    expect(completeLocalizedText({ es: '  ', en: '' })).toBeNull();
    expect(completeLocalizedText({})).toBeNull();
  });
});

describe('compareFrameworks', () => {
  const v1: ComparableFramework = {
    domains: [
      { key: 'governance', enabled: true, items: [item('governance.a'), item('governance.org_1')] },
      { key: 'advocacy', enabled: false, items: [item('advocacy.a')] },
      { key: 'hr', enabled: true, items: [item('hr.a')] },
    ],
  };

  it('finds nothing between identical versions', () => {
    const changes = compareFrameworks(v1, structuredClone(v1));
    expect(hasChanges(changes)).toBe(false);
  });

  it('reports added, removed and reworded items by key, and domains enabled or disabled', () => {
    const v2: ComparableFramework = {
      domains: [
        {
          key: 'governance',
          enabled: true,
          items: [item('governance.a'), item('governance.org_2'), item('governance.org_1', 'nuevo texto')],
        },
        { key: 'advocacy', enabled: true, items: [item('advocacy.a')] },
        { key: 'hr', enabled: false, items: [item('hr.a')] },
      ],
    };
    expect(compareFrameworks(v1, v2)).toEqual({
      addedItems: ['governance.org_2'],
      removedItems: [],
      changedItems: ['governance.org_1'],
      enabledDomains: ['advocacy'],
      disabledDomains: ['hr'],
    });
    expect(compareFrameworks(v2, v1)).toMatchObject({ removedItems: ['governance.org_2'] });
  });

  it('notices a change in a single level description', () => {
    const changed = item('governance.a');
    changed.levels['3'] = { ...changed.levels['3'], en: 'other' };
    const v2: ComparableFramework = {
      domains: [{ ...v1.domains[0]!, items: [changed, item('governance.org_1')] }, ...v1.domains.slice(1)],
    };
    expect(compareFrameworks(v1, v2).changedItems).toEqual(['governance.a']);
  });
});
