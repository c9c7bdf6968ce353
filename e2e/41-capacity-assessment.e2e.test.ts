import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { ApiSession } from './support/api-session';
import { ensureAdmin, FIRST_RUN, nextTotpCode } from './support/admin-account';
import { LAPTOP, openBrowser, PHONE, type BrowserSession } from './support/browser-session';
import { HomePage } from './pages/home.page';
import { LoginPage } from './pages/login.page';
import { PasswordChangePage } from './pages/password-change.page';
import { ShellPage } from './pages/shell.page';

/**
 * Issue 6: a small participatory self-assessment end to end. A coordinator plans the session, two
 * participants score privately in their own browser sessions (a promotora on her phone, an analyst),
 * a third on the shared tablet; the group agrees the consensus with a justification and an evidence
 * file; the results show the radar chart; the PDF report downloads.
 */
const PEOPLE = {
  coordinator: {
    username: 'lucia.coordinadora',
    role: 'coordinator',
    temporary: 'temporal-ciruela-63',
    password: 'ceiba-laguna-trompo-64',
  },
  promotora: {
    username: 'dalia.promotora',
    role: 'promotora',
    temporary: 'temporal-guayaba-71',
    password: 'colibri-hamaca-puerto-72',
  },
  analyst: {
    username: 'irene.analista',
    role: 'analyst',
    temporary: 'temporal-mamey-35',
    password: 'volcan-semilla-arroyo-36',
  },
} as const;
type Person = (typeof PEOPLE)[keyof typeof PEOPLE];

const TITLE = 'Autoevaluación anual 2026';
const JUSTIFICATION = 'La asamblea se reunió tres veces este año y hay actas firmadas.';
const SHOTS = '/tmp/shots';
/** A 1×1 PNG (synthetic evidence). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(SHOTS, `6B-${name}-${size.width}.png`), fullPage: true });
  }
  await page.setViewportSize(PHONE);
}

async function signInFirstTime(session: BrowserSession, person: Person) {
  const { page, baseUrl } = session;
  await page.goto(`${baseUrl}/`);
  await new ShellPage(page).chooseLanguage('es');
  const login = new LoginPage(page);
  await login.waitVisible();
  await login.signIn(person.username, person.temporary);
  const change = new PasswordChangePage(page);
  await change.waitVisible();
  await change.change(person.temporary, person.password);
  await new HomePage(page).waitFor(FIRST_RUN.orgName);
}

/** Scores the first area of the ballot (all items at `level`), walks through the rest and hands in. */
async function scoreBallot(page: Page, level: string) {
  await page.getByText(es.assessments.ballot.private).waitFor();
  const items = page.locator('.ballot__item');
  const count = await items.count();
  for (let i = 0; i < count; i++) {
    await items
      .nth(i)
      .getByRole('radio', { name: new RegExp(`^${level} · `) })
      .check();
  }
  await expect.poll(async () => page.locator('.ballot__choice--on').count()).toBe(count);
  const next = page.getByRole('button', { name: es.assessments.ballot.next, exact: true });
  while (await next.isVisible()) await next.click();
  await page.getByRole('button', { name: es.assessments.ballot.submit, exact: true }).click();
}

describe('capacity self-assessment end to end', () => {
  let coordinator: BrowserSession;
  let promotora: BrowserSession;
  let analyst: BrowserSession;
  let api: ApiSession;
  let orgId: string;
  let assessmentPath: string;

  beforeAll(async () => {
    const admin = await ensureAdmin();
    coordinator = await openBrowser();
    api = new ApiSession(coordinator.baseUrl);
    await api.signIn(admin.username, admin.password, () => nextTotpCode(admin));
    const me = await api.request<{ memberships: { orgId: string; orgName: string }[] }>('GET', '/api/me');
    orgId = me.memberships.find((m) => m.orgName === FIRST_RUN.orgName)!.orgId;
    for (const person of Object.values(PEOPLE))
      await api.request('POST', `/api/orgs/${orgId}/users`, {
        username: person.username,
        displayName: person.username,
        role: person.role,
        temporaryPassword: person.temporary,
      });
    promotora = await openBrowser();
    analyst = await openBrowser();
  });

  afterAll(async () => {
    await coordinator?.close();
    await promotora?.close();
    await analyst?.close();
  });

  it('the coordinator plans the session with participants by role and count, and opens private scoring', async () => {
    await signInFirstTime(coordinator, PEOPLE.coordinator);
    const { page, baseUrl } = coordinator;
    await page.goto(`${baseUrl}/o/${orgId}/capacity`);
    await page.getByRole('heading', { name: es.assessments.title, level: 1 }).waitFor();
    await page.getByRole('button', { name: es.assessments.new.open }).click();
    await page.getByLabel(es.assessments.fields.title).fill(TITLE);
    await page.getByLabel(es.assessments.fields.facilitator).fill('Coordinadora');
    await page.getByLabel(es.assessments.roles.board).fill('1');
    await page.getByLabel(es.assessments.roles.promotora).fill('3');
    await shot(page, 'new-session');
    await page.getByRole('button', { name: es.assessments.new.submit }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    assessmentPath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: es.assessments.move.scoring }).click();
    await page.getByRole('heading', { name: es.assessments.scoring.title }).waitFor();
    await shot(page, 'session-scoring');
  });

  it('two participants score privately in their own sessions; nothing of the ballot stays once handed in', async () => {
    for (const [session, person, level] of [
      [promotora, PEOPLE.promotora, '2'],
      [analyst, PEOPLE.analyst, '4'],
    ] as const) {
      await signInFirstTime(session, person);
      const { page, baseUrl } = session;
      await page.setViewportSize(PHONE);
      await page.goto(`${baseUrl}${assessmentPath}`);
      await page.getByRole('link', { name: es.assessments.scoring.ownPhone }).click();
      await page.getByRole('button', { name: es.assessments.ballot.start }).click();
      if (person === PEOPLE.promotora) {
        await page.getByText(es.assessments.ballot.private).waitFor();
        await shot(page, 'ballot-phone');
      }
      await scoreBallot(page, level);
      await page.getByText(es.assessments.ballot.thanks).waitFor();
      const stored = await page.evaluate(() => JSON.stringify(localStorage));
      expect(stored).not.toContain('colectiva.ballot.');
    }
  });

  it('a third participant scores on the shared tablet; "next participant" starts a clean ballot', async () => {
    const { page, baseUrl } = coordinator;
    await page.goto(`${baseUrl}${assessmentPath}/tablet`);
    await page.getByRole('button', { name: es.assessments.ballot.startTablet }).click();
    await scoreBallot(page, '3');
    await page.getByText(es.assessments.ballot.thanksTablet).waitFor();
    await page.getByRole('button', { name: es.assessments.ballot.nextParticipant }).waitFor();
    await shot(page, 'tablet-next');
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('colectiva.ballot.');
  });

  it('a participant without an account scores by link (token in the fragment, no session)', async () => {
    const { page, baseUrl } = coordinator;
    await page.goto(`${baseUrl}${assessmentPath}`);
    await page.getByRole('button', { name: es.assessments.scoring.link }).click();
    const address = page.getByLabel(es.assessments.scoring.linkLabel);
    await address.waitFor();
    const link = (await address.innerText()).trim();
    expect(link).toMatch(/\/papeleta#[A-Za-z0-9_-]{43}$/);
    const stranger = await openBrowser();
    try {
      await stranger.page.setViewportSize(PHONE);
      await stranger.page.goto(link);
      // A public page: the language is chosen for the visit only.
      await stranger.page.locator('.language__select').selectOption('es');
      await stranger.page.getByText(es.assessments.ballot.private).waitFor();
      await shot(stranger.page, 'ballot-link');
      await scoreBallot(stranger.page, '1');
      await stranger.page.getByText(es.assessments.ballot.thanks).waitFor();
      const cookies = await stranger.context.cookies();
      expect(cookies).toEqual([]);
      expect(stranger.foreignRequests).toEqual([]);
    } finally {
      await stranger.close();
    }
  });

  it('the group agrees the consensus with the spread in view, a justification and an evidence file', async () => {
    const { page, baseUrl } = coordinator;
    await page.goto(`${baseUrl}${assessmentPath}`);
    await page.getByRole('button', { name: es.assessments.move.consensus }).click();
    await page.getByRole('tab', { name: es.assessments.tabs.consensus }).click();
    const first = page.locator('.capacity-item').first();
    await first.locator('.capacity-spread').waitFor();
    expect(await first.locator('.capacity-spread').innerText()).toMatch(
      /1\s+1[\s\S]*2\s+1[\s\S]*3\s+1[\s\S]*4\s+1/,
    );
    await first.getByRole('radio', { name: /^3 · / }).check();
    await first.getByLabel(es.assessments.consensus.justification).fill(JUSTIFICATION);
    await first.getByRole('button', { name: es.assessments.consensus.save }).click();
    await first.getByRole('status').filter({ hasText: es.assessments.consensus.saved }).waitFor();
    await first
      .locator('input[type=file]')
      .setInputFiles({ name: 'acta-asamblea.png', mimeType: 'image/png', buffer: PNG });
    await first.getByRole('link', { name: 'acta-asamblea.png' }).waitFor();
    await shot(page, 'consensus');
    // The rest of the items are agreed through the API to keep the test short (1 nascent … 4 mature).
    const detail = await api.request<{
      id: string;
      domains: { items: { id: string; consensus: unknown }[] }[];
    }>('GET', `/api/orgs/${orgId}/capacity/assessments/${assessmentPath.split('/').pop()}`);
    let n = 0;
    for (const item of detail.domains.flatMap((d) => d.items).filter((i) => !i.consensus))
      await api.request('PUT', `/api/orgs/${orgId}/capacity/assessments/${detail.id}/consensus/${item.id}`, {
        score: n++ % 5 === 4 ? null : (n % 4) + 1,
      });
    await page.reload();
    await page.getByRole('tab', { name: es.assessments.tabs.session }).click();
    await page.getByRole('button', { name: es.assessments.move.completed }).click();
    await page.locator('.badge--ok', { hasText: es.assessments.status.completed }).first().waitFor();
  });

  it("from the results, an action of the action plan is tied to a weak item (6C's screen)", async () => {
    const { page, baseUrl } = coordinator;
    await page.goto(`${baseUrl}${assessmentPath}`);
    await page.getByRole('tab', { name: es.assessments.tabs.results, selected: true }).waitFor();
    await page.getByRole('link', { name: es.assessments.results.planAction }).first().click();
    await page.waitForURL(/\/action-plan\?itemKey=/);
    await page
      .getByLabel(es.actionPlan.fields.title, { exact: true })
      .fill('Actas de asamblea al día y publicadas');
    await page
      .getByLabel(es.actionPlan.fields.responsibleRole, { exact: true })
      .fill('Secretaría de la junta');
    await page.getByLabel(es.actionPlan.fields.dueOn, { exact: true }).fill('2027-03-31');
    await shot(page, 'action-plan-from-results');
    await page.getByRole('button', { name: es.actionPlan.create, exact: true }).click();
    await page
      .getByText(es.actionPlan.created.replace('{{title}}', 'Actas de asamblea al día y publicadas'))
      .waitFor();
    const actions = await api.request<{ actions: { assessmentId: string | null; itemKeys: string[] }[] }>(
      'GET',
      `/api/orgs/${orgId}/capacity/actions`,
    );
    expect(
      actions.actions.some(
        (a) => a.assessmentId === assessmentPath.split('/').pop() && a.itemKeys.length === 1,
      ),
    ).toBe(true);
  });

  it('the results show the radar chart with its table view, and the PDF report renders', async () => {
    const { page, baseUrl } = coordinator;
    await page.goto(`${baseUrl}${assessmentPath}`);
    await page.getByRole('tab', { name: es.assessments.tabs.results, selected: true }).waitFor();
    const radar = page.getByRole('img', {
      name: new RegExp(es.assessments.results.radarTitle.replace(/[()]/g, '.')),
    });
    await radar.waitFor();
    expect(await page.locator('.radar__svg polygon.radar__current').count()).toBe(1);
    await shot(page, 'results-radar');
    await page.getByRole('button', { name: es.assessments.results.tableView, exact: true }).click();
    await page.locator('.radar__table').waitFor();
    await shot(page, 'results-table');
    const id = assessmentPath.split('/').pop();
    const response = await page.request.get(`${baseUrl}/api/orgs/${orgId}/capacity/assessments/${id}/report`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const pdf = await response.body();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The report renders: every page turned into a PNG (Debian's poppler-utils) to be looked at.
    fs.mkdirSync(SHOTS, { recursive: true });
    const pdfPath = path.join(SHOTS, '6B-report.pdf');
    fs.writeFileSync(pdfPath, pdf);
    for (const old of fs.readdirSync(SHOTS).filter((f) => f.startsWith('6B-report-page')))
      fs.rmSync(path.join(SHOTS, old));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, path.join(SHOTS, '6B-report-page')]);
    const pages = fs.readdirSync(SHOTS).filter((f) => /^6B-report-page-\d+\.png$/.test(f));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const png of pages) expect(fs.statSync(path.join(SHOTS, png)).size).toBeGreaterThan(2_000);
    expect(coordinator.foreignRequests).toEqual([]);
    expect(coordinator.cspViolations).toEqual([]);
  });
});
