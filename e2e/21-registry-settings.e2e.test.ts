import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { ensureAdmin, type AdminState } from './support/admin-account';
import { signInAdmin } from './support/admin-sign-in';
import { openBrowser, type BrowserSession } from './support/browser-session';
import { RegistrySettingsPage } from './pages/registry-settings.page';

const t = es.registrySettings;

describe('registry settings at 360 px', () => {
  let browser: BrowserSession;
  let admin: AdminState;

  beforeAll(async () => {
    admin = await ensureAdmin();
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('edits the due days and the risk factors, explains a wrong value, and puts the defaults back', async () => {
    const { page, baseUrl } = browser;
    await signInAdmin(page, baseUrl, admin);

    const settings = new RegistrySettingsPage(page);
    await settings.open(baseUrl);
    expect(await settings.dueAfterDays().inputValue()).toBe('30');
    expect(await settings.flagGroups().count()).toBe(8);
    expect(await settings.addFlagButton().isDisabled()).toBe(true); // at most 8
    // A regional administrator chooses the network's recipe.
    expect(await settings.recipeOption(es.uic.recipes.default.label).isChecked()).toBe(true);
    expect(await settings.recipeOption(es.uic.recipes.pasmo.label).isEnabled()).toBe(true);

    await settings.dueAfterDays().fill('3');
    await settings.save();
    expect(await settings.errorOf(t.dueAfterDays)).toBe('Escriba un número de días entre 7 y 180.');
    await browser.snap('registry-settings-invalid');

    await settings.dueAfterDays().fill('21');
    await settings.removeFlag(8);
    await settings.addFlagButton().click();
    await settings.fillFlag(8, {
      es: 'Sin vivienda estable',
      ptBR: 'Sem moradia estável',
      en: 'No stable housing',
    });
    await settings.save();
    await settings.waitSaved();
    await browser.snap('registry-settings-saved');

    await page.reload();
    await settings.form().waitFor();
    expect(await settings.dueAfterDays().inputValue()).toBe('21');
    expect(await settings.flagLabel(8, 'labelEs').inputValue()).toBe('Sin vivienda estable');

    // Later files (outreach, members) expect the defaults.
    await settings.dueAfterDays().fill('30');
    await settings.restoreDefaults();
    await settings.save();
    await settings.waitSaved();
    expect(await settings.flagLabel(8, 'labelEs').inputValue()).toBe('No tiene documento de identidad');
  });
});
