import type { Page } from 'playwright-core';
import es from '../../src/i18n/es.json';
import { ShellPage } from './shell.page';

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

/** Members (`/o/:orgId/members`): list, registration with the UIC questions, a member's record. */
export class MembersPage {
  readonly shell: ShellPage;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
  }

  async open(): Promise<void> {
    await this.shell.navLink(es.memberScreens.nav).click();
    await this.shell.waitForHeading(es.memberScreens.title);
  }

  /** A member's row in the list: one tap opens her record. */
  row(displayCode: string) {
    return this.page.getByRole('link', { name: fill(es.memberScreens.list.open, { code: displayCode }) });
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox').fill(text);
  }

  async waitForMember(displayCode: string): Promise<void> {
    await this.shell.waitForHeading(fill(es.memberScreens.detail.title, { code: displayCode }));
  }

  todayForm() {
    return this.page.getByRole('form', { name: es.contactScreens.today });
  }

  async quantity(label: string): Promise<number> {
    return Number(await this.page.getByRole('spinbutton', { name: label, exact: true }).first().inputValue());
  }

  history() {
    return this.page.getByRole('list', { name: es.contactScreens.historyTitle });
  }

  async startRegistration(): Promise<void> {
    await this.page.getByRole('link', { name: es.members.new, exact: true }).click();
    await this.shell.waitForHeading(es.memberScreens.register.title);
  }

  /** Answers the question on screen (`null`: "No sabe") and moves to the next one. */
  async answer(question: string, value: string | null): Promise<void> {
    await this.page.getByRole('heading', { name: question, exact: true }).waitFor();
    if (value === null) {
      await this.page.getByRole('button', { name: es.uic.dontKnow, exact: true }).click();
      return;
    }
    await this.page.getByRole('textbox', { name: question, exact: true }).fill(value);
    await this.page.getByRole('button', { name: es.memberScreens.register.next, exact: true }).click();
  }

  async answerDate(day: string, month: string, year: string): Promise<void> {
    await this.page.getByRole('heading', { name: es.uic.questions.birthDate.label, exact: true }).waitFor();
    await this.page.getByLabel(es.uic.day, { exact: true }).fill(day);
    await this.page.getByLabel(es.uic.month, { exact: true }).fill(month);
    await this.page.getByLabel(es.uic.year, { exact: true }).fill(year);
    await this.page.getByRole('button', { name: es.memberScreens.register.next, exact: true }).click();
  }

  async submitRegistration(): Promise<void> {
    await this.page.getByRole('button', { name: es.memberScreens.register.submit, exact: true }).click();
  }
}
