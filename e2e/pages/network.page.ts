import type { Page } from 'playwright-core';
import es from '../../src/i18n/es.json';
import { ShellPage } from './shell.page';

export interface MemberOrganizationForm {
  name: string;
  countryCode: string | null;
  level: 'national' | 'regional';
}

/** The network page (`/o/:orgId/network`): the network's organizations and, for the secretariat, the create form. */
export class NetworkPage {
  readonly shell: ShellPage;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
  }

  async open(): Promise<void> {
    await this.shell.navLink(es.nav.network).click();
    await this.shell.waitForHeading(es.nav.network);
    await this.list().getByRole('listitem').first().waitFor();
  }

  list() {
    return this.page.getByRole('list', { name: es.network.listTitle });
  }

  /** The list entry of one organization. */
  item(name: string) {
    return this.list().getByRole('listitem').filter({ hasText: name });
  }

  newButton() {
    return this.page.getByRole('button', { name: es.network.new, exact: true });
  }

  async openCreateForm(): Promise<void> {
    await this.newButton().click();
    await this.page.getByRole('heading', { level: 2, name: es.network.new }).waitFor();
  }

  async fillOrganization(form: MemberOrganizationForm): Promise<void> {
    await this.page.getByLabel(es.setup.orgName, { exact: true }).fill(form.name);
    await this.page.getByLabel(es.setup.country, { exact: true }).selectOption(form.countryCode ?? '');
    await this.page.getByRole('radio', { name: new RegExp(`^${es.levels[form.level]}`) }).check();
  }

  /** Chooses an account the signed-in administrator already administers (herself, here). */
  async chooseExistingAdmin(username: string): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${es.network.firstAdminExisting}`) }).check();
    await this.page.getByLabel(es.staff.username, { exact: true }).fill(username);
  }

  /** Sends the form and returns the organization the server answered with. */
  async submit(): Promise<{ id: string; name: string }> {
    const response = this.page.waitForResponse(
      (r) => r.url().endsWith('/network/organizations') && r.request().method() === 'POST',
    );
    await this.page.getByRole('button', { name: es.network.create, exact: true }).click();
    const answer = await response;
    if (answer.status() !== 201)
      throw new Error(`create answered ${answer.status()}: ${await answer.text()}`);
    return (await answer.json()) as { id: string; name: string };
  }

  async waitForNotice(text: string): Promise<void> {
    await this.page.getByRole('status').filter({ hasText: text }).waitFor();
  }
}
