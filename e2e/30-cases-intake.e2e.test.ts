import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { formatDisplayCode } from '../src/domain/members';
import { buildUic, UIC_RECIPES } from '../src/domain/uic';
import { totpCode, totpStep } from '../src/server/platform/auth/totp';
import { ApiSession } from './support/api-session';
import { ensureAdmin, FIRST_RUN, nextTotpCode, type AdminState } from './support/admin-account';
import { signInAdmin } from './support/admin-sign-in';
import { LAPTOP, openBrowser, PHONE, type BrowserSession } from './support/browser-session';
import { LoginPage } from './pages/login.page';
import { ShellPage } from './pages/shell.page';
import { TotpPage } from './pages/totp.page';

/** A paralegal (REActor): she documents cases; her account has a second factor, as the policy requires. */
const PARALEGAL = {
  username: 'sonia.paralegal',
  displayName: 'Sonia Paralegal',
  temporaryPassword: 'temporal-guayaba-63',
  password: 'cometa-arrecife-lampara-29',
};

/** A fictional narrative: no names, no addresses, nothing that identifies anyone. */
const NARRATIVE =
  'Dos agentes la detuvieron en la parada y le quitaron los condones; le pidieron dinero para soltarla.';
const SHOTS = '/tmp/shots';

/** TOTP codes for the paralegal, never reusing a time step the server has seen. */
function totpFor(secret: string) {
  let lastStep = 0;
  return async (): Promise<string> => {
    for (;;) {
      const current = totpStep(new Date());
      const step = Math.max(current, lastStep + 1);
      if (step <= current + 1) {
        lastStep = step;
        return totpCode(secret, step);
      }
      await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 250));
    }
  };
}

async function shot(page: Page, name: string, sizes = [PHONE, LAPTOP]) {
  fs.mkdirSync(SHOTS, { recursive: true });
  // The whole page, stitched: the fixed bars are hidden so they do not land on top of the content
  // (the CSP refuses inline styles, so through the CSSOM); plus what the phone's screen shows.
  const bars = (visibility: string) =>
    page.locator('.topbar, .tabbar').evaluateAll((elements, value) => {
      for (const element of elements) (element as HTMLElement).style.visibility = value;
    }, visibility);
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    if (size === PHONE)
      await page.screenshot({ path: path.join(SHOTS, `5A-${name}-screen-${size.width}x${size.height}.png`) });
    await bars('hidden');
    await page.screenshot({
      path: path.join(SHOTS, `5A-${name}-${size.width}x${size.height}.png`),
      fullPage: true,
    });
    await bars('');
  }
  await page.setViewportSize(PHONE);
}

/** What the phone's screen shows once `target` is scrolled into view. */
async function screen(page: Page, name: string, target: ReturnType<Page['locator']>) {
  await target.scrollIntoViewIfNeeded();
  await page.waitForTimeout(100);
  await page.screenshot({ path: path.join(SHOTS, `5A-${name}-screen-360x740.png`) });
}

/** Nothing on the page is wider than the phone's screen. */
async function expectNoSideways(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

describe('human-rights case intake at 360 px', () => {
  let browser: BrowserSession;
  let admin: ApiSession;
  let orgId: string;
  let memberCode: string;
  let nextCode: () => Promise<string>;
  let adminState: AdminState;

  beforeAll(async () => {
    adminState = await ensureAdmin();
    browser = await openBrowser();
    admin = new ApiSession(browser.baseUrl);
    await admin.signIn(adminState.username, adminState.password, () => nextTotpCode(adminState));
    const me = await admin.request<{ memberships: { orgId: string; orgName: string }[] }>('GET', '/api/me');
    orgId = me.memberships.find((m) => m.orgName === FIRST_RUN.orgName)!.orgId;
    await admin.request('POST', `/api/orgs/${orgId}/users`, {
      username: PARALEGAL.username,
      displayName: PARALEGAL.displayName,
      role: 'paralegal',
      temporaryPassword: PARALEGAL.temporaryPassword,
    });
    // Her first sign-in (new password, second factor) through the API; the browser then signs in.
    const own = new ApiSession(browser.baseUrl);
    await own.signIn(PARALEGAL.username, PARALEGAL.temporaryPassword);
    const setup = await own.request<{ secret: string }>('POST', '/api/me/totp/setup');
    nextCode = totpFor(setup.secret);
    await own.request('POST', '/api/me/totp/enable', { code: await nextCode() });
    await own.request('POST', '/api/me/password', {
      currentPassword: PARALEGAL.temporaryPassword,
      newPassword: PARALEGAL.password,
    });
    // A registered member she can name by her code (synthetic answers).
    const uic = buildUic(UIC_RECIPES.default, {
      motherFirstName: 'Elena',
      fatherFirstName: 'Tomás',
      birthDate: '1992-11-20',
    });
    const member = await admin.request<{ displayCode: string }>('POST', `/api/orgs/${orgId}/members`, {
      uic: { recipeId: 'default', ...uic },
      ageBand: '25_34',
      genderIdentity: 'woman',
    });
    memberCode = formatDisplayCode(member.displayCode);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a paralegal documents an urgent case step by step on a phone, and it tops the queue', async () => {
    const { page, baseUrl } = browser;
    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl}/`);
    await new ShellPage(page).chooseLanguage('es');
    const login = new LoginPage(page);
    await login.waitVisible();
    await login.signIn(PARALEGAL.username, PARALEGAL.password);
    const totp = new TotpPage(page);
    await totp.waitVisible();
    await totp.enterCode(await nextCode());
    await page.waitForURL(/\/o\/[0-9a-f-]{36}/);

    // Cases is in her bottom bar.
    const quick = page.getByRole('navigation', { name: es.phoneNav.quick });
    await quick.getByRole('link', { name: es.cases.nav, exact: true }).click();
    await page.getByRole('heading', { name: es.cases.title, level: 1 }).waitFor();
    await shot(page, 'queue-empty');
    await page.getByRole('link', { name: es.cases.new, exact: true }).click();
    await page.getByRole('heading', { name: es.cases.wizard.title, level: 1 }).waitFor();
    const next = () => page.getByRole('button', { name: es.cases.wizard.next, exact: true }).click();
    const stepTitle = (key: keyof typeof es.cases.wizard.steps) =>
      page.locator('.case-wizard__step-title', { hasText: es.cases.wizard.steps[key] }).waitFor();

    // 1. Consent: "Next" refuses until every purpose has an answer; "no" to recording blocks the case.
    await stepTitle('consent');
    await next();
    await page.getByRole('alert').filter({ hasText: es.cases.wizard.fixErrors }).waitFor();
    const answer = async (purpose: keyof typeof es.cases.consent.purposes, yes: boolean) =>
      page
        .getByRole('group', { name: es.cases.consent.purposes[purpose] })
        .getByLabel(yes ? es.cases.wizard.yes : es.cases.wizard.no, { exact: true })
        .check();
    await answer('record', false);
    await answer('follow_up', true);
    await answer('advocacy_anonymized', true);
    await answer('network_share', false);
    await next();
    await page.getByText(es.cases.wizard.consentRequired).waitFor();
    await answer('record', true);
    await shot(page, 'wizard-1-consent');
    await expectNoSideways(page);
    await next();

    // 2. When and where.
    await stepTitle('when');
    await page.getByLabel(es.cases.wizard.urgent).check();
    await page.getByLabel(es.cases.wizard.occurredOn).fill('2026-10-03');
    await page.getByLabel(es.cases.wizard.locationType).selectOption({ label: es.cases.location.street });
    await shot(page, 'wizard-2-when');
    await expectNoSideways(page);
    await next();

    // 3. Acts: a type is required.
    await stepTitle('acts');
    await next();
    await page.getByRole('alert').filter({ hasText: es.cases.wizard.fixErrors }).waitFor();
    await page.getByLabel(es.cases.wizard.actType).selectOption({ label: 'Extorsión o soborno policial' });
    await page.getByLabel(es.cases.wizard.method).selectOption({ label: es.cases.method.extortion });
    await page.getByLabel(es.cases.consequence.economic).check();
    await page.getByRole('button', { name: es.cases.wizard.addAct, exact: true }).click();
    await page
      .getByLabel(es.cases.wizard.actType)
      .nth(1)
      .selectOption({ label: 'Decomiso de condones como prueba' });
    await shot(page, 'wizard-3-acts');
    await expectNoSideways(page);
    await next();

    // 4. Victims: the member by her code, and an anonymous group of three.
    await stepTitle('victims');
    await page.getByLabel(es.cases.wizard.memberCode).fill(memberCode.toLowerCase());
    await page.getByRole('button', { name: es.cases.wizard.addVictim, exact: true }).click();
    await page
      .getByLabel(es.cases.wizard.victimKind)
      .nth(1)
      .selectOption({ label: es.cases.wizard.victimAnonymous });
    await page.getByLabel(es.cases.wizard.anonymousCount).fill('3');
    await shot(page, 'wizard-4-victims');
    await expectNoSideways(page);
    await next();

    // 5. Perpetrators: two police officers, no name.
    await stepTitle('perpetrators');
    await page.getByRole('button', { name: es.cases.wizard.addPerpetrator, exact: true }).click();
    await page
      .getByLabel(es.cases.wizard.perpetratorType)
      .selectOption({ label: `${es.cases.perpetrator.police} (${es.cases.perpetrator.state})` });
    await page.getByLabel(es.cases.wizard.perpetratorCount).fill('2');
    await shot(page, 'wizard-5-perpetrators');
    await expectNoSideways(page);
    await next();

    // 6. Source.
    await stepTitle('source');
    await shot(page, 'wizard-6-source', [PHONE]);
    await next();

    // 7. Narrative and needs.
    await stepTitle('narrative');
    await page.getByLabel(es.cases.wizard.narrative).fill(NARRATIVE);
    await page.getByLabel(es.cases.needs.legal, { exact: true }).check();
    await page.getByLabel(es.cases.needs.safety, { exact: true }).check();
    await shot(page, 'wizard-7-narrative');
    await expectNoSideways(page);
    await next();

    // 8. Review, then save.
    await stepTitle('review');
    const review = page.locator('.case-review');
    expect(await review.innerText()).toContain(memberCode);
    expect(await review.innerText()).toContain(NARRATIVE);
    await shot(page, 'wizard-8-review');
    await expectNoSideways(page);
    await page.getByRole('button', { name: es.cases.wizard.submit, exact: true }).click();

    // The case page: saved, urgent, with the checklist, the narrative and her as the assigned paralegal.
    await page
      .getByRole('status')
      .filter({ hasText: /C-\d{4}-\d{4}/ })
      .waitFor();
    const reference = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    expect(reference).toMatch(/^C-\d{4}-\d{4}$/);
    await page.getByText(es.cases.checklist.title).first().waitFor();
    await page.getByText(NARRATIVE).waitFor();
    await page.getByText(es.cases.access.assigned).waitFor();
    await page
      .locator('.case-section', { hasText: es.cases.detail.assignees })
      .getByText(PARALEGAL.displayName)
      .waitFor();
    await page.getByText(`Persona ${memberCode}`).waitFor();
    await shot(page, 'case-detail');
    await screen(page, 'case-detail-acts', page.locator('#acts-title'));
    await screen(page, 'case-detail-consents', page.locator('#consents-title'));
    await screen(page, 'case-detail-status', page.locator('#status-title'));
    await expectNoSideways(page);

    // Status: open → in progress, on the timeline.
    await page
      .getByRole('button', {
        name: es.cases.detail.moveTo.replace('{{status}}', es.cases.status.in_progress),
        exact: true,
      })
      .click();
    await page
      .locator('.case-timeline')
      .getByText(`Estado: ${es.cases.status.open} → ${es.cases.status.in_progress}`)
      .waitFor();
    await page
      .locator('.case-section', { hasText: es.cases.detail.viewers })
      .getByText(PARALEGAL.displayName)
      .waitFor();
    await shot(page, 'case-detail-in-progress');

    // The queue: the urgent case on top, with the immediate-response checklist.
    await page.getByRole('link', { name: es.cases.detail.back, exact: true }).click();
    const urgent = page.locator('.case-urgent');
    await urgent.getByText(reference).waitFor();
    await urgent.getByText(es.cases.checklist.title).waitFor();
    await shot(page, 'queue-urgent');
    await expectNoSideways(page);

    // The administrator sees that the case exists, never its narrative.
    const list = await admin.request<{ cases: { id: string; reference: string }[] }>(
      'GET',
      `/api/orgs/${orgId}/cases`,
    );
    const created = list.cases.find((c) => c.reference === reference)!;
    const seen = await admin.request<{ narrative: string | null; access: string }>(
      'GET',
      `/api/orgs/${orgId}/cases/${created.id}`,
    );
    expect(seen).toMatchObject({ narrative: null, access: 'none' });

    // Nothing of the case in the address bar or in browser storage.
    expect(page.url()).not.toContain(memberCode);
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(stored).not.toContain('agentes');
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
  it('an administrator sees that the case exists but not its narrative, and edits the act-type list', async () => {
    const other = await openBrowser();
    try {
      const { page, baseUrl } = other;
      const orgPath = await signInAdmin(page, baseUrl, adminState);
      await page.goto(`${baseUrl}${orgPath}/cases`);
      await page.getByRole('heading', { name: es.cases.title, level: 1 }).waitFor();
      await page.locator('.case-row__link').first().click();
      await page.getByText(es.cases.detail.narrativeHidden).waitFor();
      expect(await page.locator('main').innerText()).not.toContain(NARRATIVE);
      expect(await page.getByRole('button', { name: es.cases.breakGlass.open }).count()).toBe(0);
      await shot(page, 'case-detail-admin');
      await page.goto(`${baseUrl}${orgPath}/cases/act-types`);
      await page.getByRole('heading', { name: es.cases.actTypes.title, level: 1 }).waitFor();
      await page.getByRole('button', { name: es.cases.actTypes.add, exact: true }).click();
      const fresh = page.locator('fieldset').last();
      await fresh.getByLabel(es.cases.actTypes.labelEs).fill('Abuso en redadas');
      await fresh.getByLabel(es.cases.actTypes.labelPt).fill('Abuso em batidas');
      await fresh.getByLabel(es.cases.actTypes.labelEn).fill('Abuse during raids');
      await page.getByRole('button', { name: es.cases.actTypes.save, exact: true }).click();
      await page.getByRole('status').filter({ hasText: es.cases.actTypes.saved }).waitFor();
      await shot(page, 'act-types');
      await expectNoSideways(page);
      const types = await admin.request<{ actTypes: { key: string; active: boolean }[] }>(
        'GET',
        `/api/orgs/${orgId}/case-act-types`,
      );
      expect(types.actTypes.find((type) => type.key === 'abuso_en_redadas')).toMatchObject({ active: true });
      expect(other.foreignRequests).toEqual([]);
      expect(other.cspViolations).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
