import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { ApiSession } from './support/api-session';
import { ensureAdmin, nextTotpCode } from './support/admin-account';
import { signInAdmin } from './support/admin-sign-in';
import { LAPTOP, openBrowser, PHONE, type BrowserSession } from './support/browser-session';

/**
 * Issue 7 part 6: an assembly's needs, an anonymous priority vote on one shared phone at 360 px (the
 * screen clears between voters) plus one vote by link without an account, and the Borda result once
 * closed. Part 7: the alliances relationship view.
 */
const SHOTS = '/tmp/shots';
const TITLE = 'Asamblea de prioridades 2027';
const NEEDS = ['Vivienda segura', 'Atención en salud sin estigma', 'Fin del acoso policial'];

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(SHOTS, `7P-${name}-${size.width}.png`), fullPage: true });
  }
  await page.setViewportSize(PHONE);
}

/** Taps the needs in this order and hands the ballot in. */
async function vote(page: Page, order: string[]) {
  await page.getByText(es.priorities.ballot.submit).waitFor();
  for (const need of order) await page.getByRole('button', { name: need }).click();
  await page.getByRole('button', { name: es.priorities.ballot.submit }).click();
}

describe('shared priorities: anonymous voting on a shared device', () => {
  let session: BrowserSession;
  let orgPath: string;
  let consultationPath: string;

  beforeAll(async () => {
    const admin = await ensureAdmin();
    session = await openBrowser();
    await session.page.setViewportSize(PHONE);
    orgPath = await signInAdmin(session.page, session.baseUrl, admin);
    const api = new ApiSession(session.baseUrl);
    await api.signIn(admin.username, admin.password, () => nextTotpCode(admin));
    const orgId = orgPath.slice('/o/'.length);
    for (const [name, kind, strength] of [
      ['Red Trans del Sur', 'trans_lgbti', 'strong'],
      ['Red de Personas con VIH', 'plhiv_network', 'active'],
      ['Defensoría del Pueblo', 'government', 'emerging'],
    ] as const) {
      const partner = await api.request<{ id: string }>('POST', `/api/orgs/${orgId}/alliances/partners`, {
        name,
        kind,
        strength,
        contactRole: 'Coordinación',
      });
      await api.request('POST', `/api/orgs/${orgId}/alliances/partners/${partner.id}/interactions`, {
        kind: 'joint_action',
        title: 'Marcha del 2 de junio',
        happenedOn: '2026-06-02',
      });
    }
  });

  afterAll(async () => {
    await session?.close();
  });

  it('records an assembly with its needs and opens the vote', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}${orgPath}/priorities`);
    await page.getByRole('heading', { name: es.priorities.title, level: 1 }).waitFor();
    await page.getByRole('button', { name: es.priorities.new.open }).click();
    await page.getByLabel(es.priorities.fields.title).fill(TITLE);
    await page.getByRole('button', { name: es.priorities.new.submit }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    consultationPath = new URL(page.url()).pathname;
    for (const need of NEEDS) {
      await page.getByLabel(es.priorities.needs.add).fill(need);
      await page.getByRole('button', { name: es.priorities.needs.submit }).click();
      await page.getByRole('listitem').filter({ hasText: need }).waitFor();
    }
    await page.getByLabel(es.priorities.voting.topN).fill('2');
    await page.getByLabel(es.priorities.voting.participants).fill('5');
    await shot(page, 'assembly');
    await page.getByRole('button', { name: es.priorities.voting.open }).click();
    await page.getByRole('link', { name: es.priorities.voting.sharedDevice }).waitFor();
    await shot(page, 'vote-open');
  });

  it('two people vote on the same phone; after each hand-in the screen shows nothing of the vote', async () => {
    const { page } = session;
    await page.getByRole('link', { name: es.priorities.voting.sharedDevice }).click();
    await page.getByRole('button', { name: es.priorities.device.start }).click();
    await page.getByText(es.priorities.ballot.submit).waitFor();
    await page.getByRole('button', { name: NEEDS[2]! }).click();
    await shot(page, 'ballot-device');
    await page.getByRole('button', { name: NEEDS[0]! }).click();
    await page.getByRole('button', { name: es.priorities.ballot.submit }).click();
    await page.getByText(es.priorities.device.thanks).waitFor();
    // Nothing of the first voter's choice is on the screen for the next one.
    for (const need of NEEDS) expect(await page.getByText(need).count()).toBe(0);
    await shot(page, 'device-next');
    await page.getByRole('button', { name: es.priorities.device.next }).click();
    // A fresh ballot: nothing chosen.
    await page.getByText(es.priorities.ballot.submit).waitFor();
    expect(await page.locator('.priority-need--chosen').count()).toBe(0);
    await vote(page, [NEEDS[2]!, NEEDS[1]!]);
    await page.getByText(es.priorities.device.thanks).waitFor();
    expect(
      await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage)),
    ).not.toMatch(/[A-Za-z0-9_-]{43}/);
  });

  it('a third person votes by link without an account, then the closed vote shows the Borda result', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}${consultationPath}`);
    await page.getByRole('button', { name: es.priorities.voting.link }).click();
    const address = page.getByLabel(es.priorities.voting.linkLabel);
    await address.waitFor();
    const link = (await address.innerText()).trim();
    expect(link).toMatch(/\/votar#[A-Za-z0-9_-]{43}$/);
    const stranger = await openBrowser();
    try {
      await stranger.page.setViewportSize(PHONE);
      await stranger.page.goto(link);
      await stranger.page.locator('.language__select').selectOption('es');
      await vote(stranger.page, [NEEDS[1]!]);
      await stranger.page.getByText(es.priorities.ballot.thanks).waitFor();
      expect(await stranger.context.cookies()).toEqual([]);
      expect(stranger.foreignRequests).toEqual([]);
    } finally {
      await stranger.close();
    }
    await page.reload();
    await page.getByRole('button', { name: es.priorities.voting.close }).click();
    const table = page.getByRole('table', { name: es.priorities.results.caption });
    await table.waitFor();
    // Top 2: "acoso" 2+2 = 4, "salud" 1+2 = 3, "vivienda" 1.
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows.map((row) => row.split('\t').slice(0, 2).join('|'))).toEqual([
      `1. ${NEEDS[2]}|4`,
      `2. ${NEEDS[1]}|3`,
      `3. ${NEEDS[0]}|1`,
    ]);
    await shot(page, 'results');
  });

  it('shows the alliances grouped by kind', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}${orgPath}/alliances`);
    await page.getByRole('heading', { name: es.alliances.kinds.trans_lgbti, level: 2 }).waitFor();
    await shot(page, 'alliances');
    await page.getByRole('link', { name: 'Red Trans del Sur' }).click();
    await page.getByRole('heading', { name: 'Red Trans del Sur', level: 1 }).waitFor();
    await shot(page, 'partner');
  });

  it('the calendar shows the assembly among the coming days and by month', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}${orgPath}/calendar`);
    await page.getByRole('heading', { name: es.calendar.title, level: 1 }).waitFor();
    await page.getByRole('link', { name: TITLE }).waitFor();
    await shot(page, 'calendar-agenda');
    await page.getByRole('tab', { name: es.calendar.tabs.month }).click();
    await page.getByRole('link', { name: TITLE }).waitFor();
    await shot(page, 'calendar-month');
  });
});
