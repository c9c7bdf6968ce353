import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OrganizationView } from '../../../domain/organizations.schemas';
import es from '../../../i18n/es.json';
import { toFormValues, validateOrganizationChanges } from './organization-changes';

const SAVED: OrganizationView = {
  id: '0190a7c0-0000-7000-8000-000000000001',
  networkId: '0190a7c0-0000-7000-8000-000000000002',
  name: 'Secretaría Regional',
  countryCode: null,
  level: 'regional',
  createdAt: '2025-01-01T00:00:00.000Z',
};

beforeAll(async () => {
  await i18next.init({ lng: 'es', resources: { es: { translation: es } }, returnNull: false });
});

describe('validateOrganizationChanges', () => {
  it('sends nothing when the form still shows the saved values', () => {
    expect(validateOrganizationChanges(SAVED, toFormValues(SAVED))).toEqual({ ok: true, data: {} });
    expect(validateOrganizationChanges(SAVED, { name: ' Secretaría Regional ', countryCode: '' })).toEqual({
      ok: true,
      data: {},
    });
  });

  it('sends only the changed fields, trimmed', () => {
    expect(validateOrganizationChanges(SAVED, { name: ' Red Andina ', countryCode: '' })).toEqual({
      ok: true,
      data: { name: 'Red Andina' },
    });
    expect(validateOrganizationChanges(SAVED, { name: SAVED.name, countryCode: 'PE' })).toEqual({
      ok: true,
      data: { countryCode: 'PE' },
    });
    const withCountry = { ...SAVED, countryCode: 'PE' };
    expect(validateOrganizationChanges(withCountry, { name: SAVED.name, countryCode: '' })).toEqual({
      ok: true,
      data: { countryCode: null },
    });
  });

  it('refuses an empty name with a message for the field', () => {
    expect(validateOrganizationChanges(SAVED, { name: '   ', countryCode: '' })).toEqual({
      ok: false,
      errors: { name: 'Revise el campo «nombre»: es obligatorio' },
    });
  });
});
