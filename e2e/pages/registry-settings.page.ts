import type { Page } from 'playwright-core';
import es from '../../src/i18n/es.json';

const t = es.registrySettings;

/** The registry settings section of the settings page (`/o/:orgId/settings`), for administrators. */
export class RegistrySettingsPage {
  constructor(readonly page: Page) {}

  /** Opens the settings page of the organization the workspace shows. */
  async open(baseUrl: string): Promise<void> {
    const orgId = /\/o\/([0-9a-f-]{36})/.exec(this.page.url())?.[1];
    if (!orgId) throw new Error(`not inside an organization: ${this.page.url()}`);
    await this.page.goto(`${baseUrl}/o/${orgId}/settings`);
    await this.form().waitFor();
  }

  form() {
    return this.page.getByRole('form', { name: t.title });
  }

  dueAfterDays() {
    return this.form().getByLabel(t.dueAfterDays, { exact: true });
  }

  /** The wording of factor `number` (1-based) in one language. */
  flagLabel(number: number, language: 'labelEs' | 'labelPtBR' | 'labelEn') {
    return this.form()
      .getByRole('group', { name: t.riskFlagNumber.replace('{{number}}', String(number)), exact: true })
      .getByLabel(t[language], { exact: true });
  }

  flagGroups() {
    return this.form().getByRole('group', { name: /^Factor \d+$/ });
  }

  async fillFlag(number: number, labels: { es: string; ptBR: string; en: string }): Promise<void> {
    await this.flagLabel(number, 'labelEs').fill(labels.es);
    await this.flagLabel(number, 'labelPtBR').fill(labels.ptBR);
    await this.flagLabel(number, 'labelEn').fill(labels.en);
  }

  async removeFlag(number: number): Promise<void> {
    await this.form()
      .getByRole('button', { name: t.removeRiskFlag.replace('{{number}}', String(number)), exact: true })
      .click();
  }

  addFlagButton() {
    return this.form().getByRole('button', { name: t.addRiskFlag, exact: true });
  }

  async restoreDefaults(): Promise<void> {
    await this.form().getByRole('button', { name: t.restoreDefaults, exact: true }).click();
  }

  recipeOption(name: string | RegExp) {
    return this.form().getByRole('radio', { name });
  }

  async save(): Promise<void> {
    await this.form().getByRole('button', { name: t.save, exact: true }).click();
  }

  async waitSaved(): Promise<void> {
    await this.form().getByRole('status').filter({ hasText: t.saved }).waitFor();
  }

  /** The message under a field, by its label. */
  async errorOf(label: string): Promise<string> {
    const id = await this.form().getByLabel(label, { exact: true }).first().getAttribute('id');
    const error = this.page.locator(`[id="${id}-error"]`);
    await error.waitFor();
    return (await error.innerText()).trim();
  }
}
