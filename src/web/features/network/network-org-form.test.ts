import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/ids';
import es from '../../../i18n/es.json';
import { makesSelfAdmin, validateNetworkOrgForm, type NetworkOrgFormValues } from './network-org-form';

function buildValues(overrides: Partial<NetworkOrgFormValues> = {}): NetworkOrgFormValues {
  return {
    id: newId(),
    name: 'AMMAR Córdoba',
    countryCode: 'AR',
    level: 'national',
    firstAdminKind: 'new',
    newAdmin: { username: 'Rosa.Admin ', displayName: 'Rosa', temporaryPassword: 'kq7m-3xwp-h9dt-a4ne' },
    existingUsername: '',
    ...overrides,
  };
}

beforeAll(async () => {
  await i18next.init({ lng: 'es', resources: { es: { translation: es } }, returnNull: false });
});

describe('validateNetworkOrgForm', () => {
  it('sends a new first administrator with her temporary password', () => {
    const values = buildValues();
    const result = validateNetworkOrgForm(values);
    expect(result).toEqual({
      ok: true,
      data: {
        id: values.id,
        name: 'AMMAR Córdoba',
        countryCode: 'AR',
        level: 'national',
        firstAdmin: {
          kind: 'new',
          username: 'rosa.admin',
          displayName: 'Rosa',
          temporaryPassword: 'kq7m-3xwp-h9dt-a4ne',
        },
      },
    });
  });

  it('sends only the username of an existing account, and no country as null', () => {
    const result = validateNetworkOrgForm(
      buildValues({
        countryCode: '',
        level: 'regional',
        firstAdminKind: 'existing',
        existingUsername: 'lucia',
      }),
    );
    expect(result.ok && result.data).toMatchObject({
      countryCode: null,
      level: 'regional',
      firstAdmin: { kind: 'existing', username: 'lucia' },
    });
    expect(result.ok && Object.keys(result.data.firstAdmin)).toEqual(['kind', 'username']);
  });

  it('names each missing field with its path', () => {
    const result = validateNetworkOrgForm(
      buildValues({ name: '  ', newAdmin: { username: '', displayName: '', temporaryPassword: '' } }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'firstAdmin.displayName',
      'firstAdmin.temporaryPassword',
      'firstAdmin.username',
      'name',
    ]);
    expect(result.errors.name).toBe('Revise el campo «nombre»: es obligatorio');
  });

  it('applies the password policy to the new account, together with other mistakes', () => {
    const weak = { username: 'rosa', displayName: 'Rosa', temporaryPassword: 'rosa-rosa-rosa' };
    const alone = validateNetworkOrgForm(buildValues({ newAdmin: weak }));
    expect(alone).toEqual({
      ok: false,
      errors: {
        'firstAdmin.temporaryPassword': 'La contraseña no sirve: no puede contener el nombre de usuario',
      },
    });
    const withName = validateNetworkOrgForm(buildValues({ name: '', newAdmin: weak }));
    expect(!withName.ok && Object.keys(withName.errors).sort()).toEqual([
      'firstAdmin.temporaryPassword',
      'name',
    ]);
  });

  it('ignores the new-account fields when an existing account is chosen', () => {
    const result = validateNetworkOrgForm(
      buildValues({
        firstAdminKind: 'existing',
        existingUsername: '',
        newAdmin: { username: '', displayName: '', temporaryPassword: 'x' },
      }),
    );
    expect(!result.ok && Object.keys(result.errors)).toEqual(['firstAdmin.username']);
  });
});

describe('makesSelfAdmin', () => {
  const existing = (username: string) => {
    const result = validateNetworkOrgForm(
      buildValues({ firstAdminKind: 'existing', existingUsername: username }),
    );
    if (!result.ok) throw new Error('invalid');
    return result.data;
  };

  it('is true only when the chosen existing account is the signed-in one', () => {
    expect(makesSelfAdmin(existing(' Lucia.Admin'), 'lucia.admin')).toBe(true);
    expect(makesSelfAdmin(existing('marta'), 'lucia.admin')).toBe(false);
    const created = validateNetworkOrgForm(
      buildValues({
        newAdmin: { username: 'lucia.admin', displayName: 'L', temporaryPassword: 'kq7m-3xwp-h9dt-a4ne' },
      }),
    );
    expect(created.ok && makesSelfAdmin(created.data, 'lucia.admin')).toBe(false);
  });
});
