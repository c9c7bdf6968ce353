import type { Page } from 'playwright-core';
import es from '../../src/i18n/es.json';

/** Turning on the second factor: QR code and secret, confirmation code, recovery codes. */
export class TotpSetupPage {
  constructor(readonly page: Page) {}

  async waitVisible(): Promise<void> {
    await this.page.getByRole('img', { name: es.totpSetup.qrAlt }).waitFor();
  }

  /** The secret as the page shows it to be typed by hand (grouped by four). */
  async readSecret(): Promise<string> {
    const text = await this.page.locator('code.secret').textContent();
    return (text ?? '').replace(/\s+/g, '');
  }

  async confirm(code: string): Promise<void> {
    await this.page.getByLabel(es.totp.code).fill(code);
    await this.page.getByRole('button', { name: es.totpSetup.submit, exact: true }).click();
  }

  async recoveryCodes(): Promise<string[]> {
    const list = this.page.getByRole('list', { name: es.totpSetup.recoveryTitle });
    await list.waitFor();
    return (await list.getByRole('listitem').allTextContents()).map((code) => code.trim());
  }

  async finish(): Promise<void> {
    await this.page.getByLabel(es.totpSetup.recoverySaved).check();
    await this.page.getByRole('button', { name: es.totpSetup.continue, exact: true }).click();
  }
}
