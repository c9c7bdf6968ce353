import type { Page } from 'playwright-core';

/** The neutral page the quick exit lands on (a recipe: nothing about the app). */
export class ExitPage {
  static readonly TITLE = 'Arroz con leche de la abuela';

  constructor(readonly page: Page) {}

  async waitVisible(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: ExitPage.TITLE }).waitFor();
  }
}
