import type { Page } from 'playwright-core';
import es from '../../src/i18n/es.json';

/** The second sign-in step. */
export class TotpPage {
  constructor(readonly page: Page) {}

  async waitVisible(): Promise<void> {
    await this.page.getByLabel(es.totp.code).waitFor();
  }

  async enterCode(code: string): Promise<void> {
    await this.page.getByLabel(es.totp.code).fill(code);
    await this.page.getByRole('button', { name: es.totp.submit, exact: true }).click();
  }
}
