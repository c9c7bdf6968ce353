import type { Page } from 'playwright-core';
import es from '../../src/i18n/es.json';

/** The forced change of a temporary password at first sign-in. */
export class PasswordChangePage {
  constructor(readonly page: Page) {}

  async waitVisible(): Promise<void> {
    await this.page.getByLabel(es.password.temporary).waitFor();
  }

  async change(temporary: string, next: string): Promise<void> {
    await this.page.getByLabel(es.password.temporary).fill(temporary);
    await this.page.getByLabel(es.password.new, { exact: true }).fill(next);
    await this.page.getByLabel(es.password.confirm).fill(next);
    await this.page.getByRole('button', { name: es.password.submit }).click();
  }
}
