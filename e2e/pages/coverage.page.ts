import type { Locator, Page } from 'playwright-core';
import es from '../../src/i18n/es.json';

/** The coverage dashboard (`/o/:orgId/coverage`) and the regional view (`/o/:orgId/regional-coverage`). */
export class CoveragePage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, orgId: string): Promise<void> {
    await this.page.goto(`${baseUrl}/o/${orgId}/coverage`);
    await this.waitLoaded();
  }

  async waitLoaded(): Promise<void> {
    await this.page.getByRole('heading', { name: es.coverageDashboard.title, level: 1 }).waitFor();
    await this.page.getByTestId('coverage-stat-reached').waitFor();
  }

  stat(key: 'reached' | 'package' | 'coverage' | 'ratio'): Locator {
    return this.page.getByTestId(`coverage-stat-${key}`).locator('.coverage-stat__value');
  }

  /** Follows a drill-down link (a local group from the organization, a site from a local group). */
  async drillInto(name: string): Promise<void> {
    const list = this.page.getByRole('region', { name: es.coverageDashboard.openUnit });
    await list.getByRole('link', { name, exact: true }).click();
    await this.waitLoaded();
  }

  figure(title: string): Locator {
    return this.page.locator('figure.bars').filter({ hasText: title }).first();
  }

  async showTable(figure: Locator): Promise<Locator> {
    await figure.getByRole('button', { name: es.coverageDashboard.table, exact: true }).click();
    const table = figure.locator('table');
    await table.waitFor();
    return table;
  }

  exportLink(name: string): Locator {
    return this.page
      .getByRole('group', { name: es.coverageDashboard.exports.dashboard })
      .getByRole('link', { name, exact: true });
  }

  async openRegional(baseUrl: string, orgId: string): Promise<void> {
    await this.page.goto(`${baseUrl}/o/${orgId}/regional-coverage`);
    await this.page.getByRole('heading', { name: es.coverageDashboard.regional.title, level: 1 }).waitFor();
    await this.page.getByTestId('regional-distinct').waitFor();
  }
}
