import { describe, expect, it } from 'vitest';
import type { OrganizationView } from '../../../domain/organizations.schemas';
import { sortOrganizations, upsertOrganization } from './network-order';

function buildOrganization(name: string, id = name): OrganizationView {
  return {
    id,
    networkId: 'n',
    name,
    countryCode: null,
    level: 'national',
    createdAt: '2025-01-01T00:00:00.000Z',
  };
}

describe('sortOrganizations', () => {
  it('orders names alphabetically for the language, accents and case aside', () => {
    const names = ['Órgano Sur', 'ammar', 'Zona Norte', 'Ángel Azul', 'Colectivo 10', 'Colectivo 9'];
    const sorted = sortOrganizations(
      names.map((n) => buildOrganization(n)),
      'es',
    ).map((o) => o.name);
    expect(sorted).toEqual([
      'ammar',
      'Ángel Azul',
      'Colectivo 9',
      'Colectivo 10',
      'Órgano Sur',
      'Zona Norte',
    ]);
  });

  it('does not change the list it was given', () => {
    const list = [buildOrganization('b'), buildOrganization('a')];
    sortOrganizations(list, 'pt-BR');
    expect(list.map((o) => o.name)).toEqual(['b', 'a']);
  });
});

describe('upsertOrganization', () => {
  it('replaces the organization with the same id, or adds it', () => {
    const list = [buildOrganization('A', '1'), buildOrganization('B', '2')];
    expect(upsertOrganization(list, buildOrganization('B2', '2')).map((o) => o.name)).toEqual(['A', 'B2']);
    expect(upsertOrganization(list, buildOrganization('C', '3'))).toHaveLength(3);
  });
});
