import type { Page } from 'playwright-core';
import es from '../../src/i18n/es.json';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What every screen has: heading, quick exit, language; and, signed in, the organization switcher. */
export class ShellPage {
  constructor(readonly page: Page) {}

  heading(name?: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, ...(name ? { name } : {}) });
  }

  async waitForHeading(name: string | RegExp): Promise<void> {
    await this.heading(name).waitFor();
  }

  async headingText(): Promise<string> {
    return (await this.heading().textContent())?.trim() ?? '';
  }

  quickExitButton(label: string = es.quickExit.button) {
    return this.page.getByRole('button', { name: new RegExp(escape(label)) });
  }

  async quickExitWithButton(): Promise<void> {
    await this.quickExitButton().click();
    await this.page.waitForURL('**/salida.html');
  }

  async quickExitWithEscEsc(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Escape');
    await this.page.waitForURL('**/salida.html');
  }

  languageSelect() {
    return this.page.locator('select.language__select');
  }

  async chooseLanguage(locale: 'es' | 'pt-BR' | 'en'): Promise<void> {
    await this.languageSelect().selectOption(locale);
    await this.page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
  }

  orgSwitcherButton() {
    return this.page.getByRole('button', { name: new RegExp(escape(es.orgSwitcher.change)) });
  }

  /** The organization the workspace shows, as the switcher names it. */
  async currentOrgName(): Promise<string> {
    const name = this.page.locator('.org-switcher__name');
    await name.waitFor();
    return (await name.innerText()).trim();
  }

  async openOrgSwitcher(): Promise<void> {
    await this.orgSwitcherButton().click();
    await this.page.getByText(es.orgSwitcher.title).waitFor();
  }

  async chooseOrganization(name: string): Promise<void> {
    const options = this.page.getByRole('list', { name: es.orgSwitcher.title });
    await options.getByRole('link', { name: new RegExp(escape(name)) }).click();
  }

  /**
   * A section of the navigation. On a phone the bottom bar holds the sections used most and "Más"
   * the others: `click` opens "Más" first when the section is not in the bar.
   */
  navLink(name: string) {
    const page = this.page;
    const visible = page.getByRole('navigation').getByRole('link', { name, exact: true });
    const any = page
      .getByRole('navigation', { includeHidden: true })
      .getByRole('link', { name, exact: true, includeHidden: true });
    return {
      click: async (): Promise<void> => {
        await any.first().waitFor({ state: 'attached' });
        if ((await visible.count()) === 0)
          await page.getByRole('button', { name: es.phoneNav.more, exact: true }).click();
        await visible.first().click();
      },
      waitFor: async (): Promise<void> => {
        await any.first().waitFor({ state: 'attached' });
      },
    };
  }

  async bodyText(): Promise<string> {
    return this.page.locator('body').innerText();
  }
}
