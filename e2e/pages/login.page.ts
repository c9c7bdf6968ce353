import type { Page } from 'playwright-core';
import es from '../../src/i18n/es.json';
import { ShellPage } from './shell.page';

export class LoginPage {
  readonly shell: ShellPage;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
  }

  async waitVisible(): Promise<void> {
    await this.page.getByLabel(es.login.username, { exact: true }).waitFor();
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel(es.login.username, { exact: true }).fill(username);
    await this.page.getByLabel(es.login.password, { exact: true }).fill(password);
    await this.page.getByRole('button', { name: es.login.submit, exact: true }).click();
  }
}
