import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDisplayCode } from '../src/domain/members';
import { buildUic, UIC_RECIPES } from '../src/domain/uic';
import es from '../src/i18n/es.json';
import { ensureAdmin, FIRST_RUN, nextTotpCode } from './support/admin-account';
import { ApiSession } from './support/api-session';
import { LAPTOP, openBrowser, PHONE, type BrowserSession } from './support/browser-session';
import { HomePage } from './pages/home.page';
import { LoginPage } from './pages/login.page';
import { PasswordChangePage } from './pages/password-change.page';
import { ShellPage } from './pages/shell.page';

/**
 * Issue 7 part 1: a coordinator takes attendance for a training at the door on a 360 px phone by
 * display code (a second entry of the same code does not add her twice), then sees the training in
 * the member's leadership pathway. Part 5: a safe space with a visit by code and an anonymous tally.
 */
const COORDINATOR = {
  username: 'carmen.formacion',
  displayName: 'Carmen Formación',
  temporaryPassword: 'temporal-guayaba-27',
  password: 'lluvia-cometa-palmera-52',
};
const COURSE = 'Derechos y seguridad digital';
const SHOTS = '/tmp/shots';

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.locator('.topbar, .tabbar').evaluateAll((elements) => {
    for (const element of elements) (element as HTMLElement).style.visibility = 'hidden';
  });
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(SHOTS, `7T-${name}-${size.width}.png`), fullPage: true });
  }
  await page.locator('.topbar, .tabbar').evaluateAll((elements) => {
    for (const element of elements) (element as HTMLElement).style.visibility = '';
  });
  await page.setViewportSize(PHONE);
}

describe('trainings: attendance at the door, leadership pathway, safe spaces', () => {
  let session: BrowserSession;
  let orgId: string;
  let memberId: string;
  let code: string;

  beforeAll(async () => {
    const admin = await ensureAdmin();
    session = await openBrowser();
    const api = new ApiSession(session.baseUrl);
    await api.signIn(admin.username, admin.password, () => nextTotpCode(admin));
    const me = await api.request<{ memberships: { orgId: string; orgName: string }[] }>('GET', '/api/me');
    orgId = me.memberships.find((m) => m.orgName === FIRST_RUN.orgName)!.orgId;
    await api.request('POST', `/api/orgs/${orgId}/users`, {
      username: COORDINATOR.username,
      displayName: COORDINATOR.displayName,
      role: 'coordinator',
      temporaryPassword: COORDINATOR.temporaryPassword,
    });
    const uic = buildUic(UIC_RECIPES.default, {
      motherFirstName: 'Marta',
      fatherFirstName: 'Jorge',
      birthDate: '1994-07-19',
    });
    const member = await api.request<{ id: string; displayCode: string }>(
      'POST',
      `/api/orgs/${orgId}/members`,
      {
        uic: { recipeId: 'default', ...uic },
        ageBand: '25_34',
        genderIdentity: 'woman',
      },
    );
    memberId = member.id;
    code = formatDisplayCode(member.displayCode);
    // The administrator configures the course and its session; she never sees who attends.
    const course = await api.request<{ id: string }>('POST', `/api/orgs/${orgId}/trainings/courses`, {
      kind: 'rights',
      title: COURSE,
    });
    await api.request('POST', `/api/orgs/${orgId}/trainings/sessions`, {
      courseId: course.id,
      heldOn: '2026-11-28',
      startTime: '17:00',
      place: 'Casa de la colectiva',
      facilitatorRoles: ['abogada aliada'],
      materialLinks: ['https://example.org/guia-derechos.pdf'],
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the coordinator takes attendance at the door by display code on a phone', async () => {
    const { page, baseUrl } = session;
    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl}/`);
    await new ShellPage(page).chooseLanguage('es');
    const login = new LoginPage(page);
    await login.waitVisible();
    await login.signIn(COORDINATOR.username, COORDINATOR.temporaryPassword);
    const change = new PasswordChangePage(page);
    await change.waitVisible();
    await change.change(COORDINATOR.temporaryPassword, COORDINATOR.password);
    await new HomePage(page).waitFor(FIRST_RUN.orgName);

    await page.goto(`${baseUrl}/o/${orgId}/trainings`);
    await page.getByRole('heading', { name: es.trainings.title, level: 1 }).waitFor();
    await page.getByRole('link', { name: COURSE }).click();
    await page.getByRole('heading', { name: COURSE, level: 1 }).waitFor();
    await page.getByRole('link', { name: es.trainings.door.open }).click();
    await page.getByRole('heading', { name: es.trainings.door.title, level: 1 }).waitFor();

    const field = page.getByLabel(es.trainings.door.code);
    // Typed in lower case without the dash, as it happens at a door.
    await field.fill(code.replace('-', '').toLowerCase());
    await page.getByRole('button', { name: es.trainings.door.add, exact: true }).click();
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toBe(es.trainings.door.count.replace('{{count}}', '1'));
    const recent = page.getByRole('list', { name: es.trainings.door.recent });
    await recent.getByText(es.trainings.door.states.added).waitFor();
    // The same person again: no double count.
    await field.fill(code);
    await page.getByRole('button', { name: es.trainings.door.add, exact: true }).click();
    await recent.getByText(es.trainings.door.states.already).waitFor();
    await expect(status.textContent()).resolves.toBe(es.trainings.door.count.replace('{{count}}', '1'));
    await field.fill('QQQ-QQQ');
    await page.getByRole('button', { name: es.trainings.door.add, exact: true }).click();
    await recent.getByText(es.trainings.door.states.unknown).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'door');

    await page.getByRole('link', { name: es.trainings.door.back }).click();
    await page.getByRole('heading', { name: es.trainings.attendees.title }).waitFor();
    await page.getByRole('link', { name: code }).waitFor();
    await shot(page, 'session');
  });

  it('shows the training in her leadership pathway, where a role is added', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/o/${orgId}/members/${memberId}`);
    const pathway = page.getByRole('region', { name: es.pathway.title });
    await pathway.waitFor();
    await pathway.getByRole('list', { name: es.pathway.trainings }).getByText(COURSE).waitFor();
    await pathway.getByRole('button', { name: es.pathway.addRole }).click();
    await pathway.getByLabel(es.pathway.role).selectOption('spokesperson');
    await pathway.getByLabel(es.pathway.fromOn).fill('2026-11-01');
    await pathway.getByRole('button', { name: es.pathway.addRole }).click();
    await pathway.getByText(`${es.pathway.roles.spokesperson} · 2026-11-01`).waitFor();
    await pathway.scrollIntoViewIfNeeded();
    await shot(page, 'pathway');
  });

  it('records visits to a safe space by code and as an anonymous tally, shown only as counts', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/o/${orgId}/safe-spaces`);
    await page.getByRole('heading', { name: es.safeSpaces.title, level: 1 }).waitFor();
    await page.getByRole('button', { name: es.safeSpaces.new }).click();
    await page.getByLabel(es.safeSpaces.name).fill('Casa Violeta');
    await page.getByLabel(es.safeSpaces.openingHours).fill('Lun–Vie 10–18');
    await page.getByLabel(es.safeSpaces.serviceNames.showers).check();
    await page.getByLabel(es.safeSpaces.serviceNames.hiv_testing).check();
    await page.getByRole('button', { name: es.safeSpaces.save }).click();
    await page.getByRole('link', { name: 'Casa Violeta' }).click();
    await page.getByRole('heading', { name: 'Casa Violeta', level: 1 }).waitFor();
    await page.getByLabel(es.safeSpaces.visitCode).fill(code);
    await page.getByRole('button', { name: es.safeSpaces.visitSave }).click();
    await page.getByText(/Hoy: 1 con código, 0 sin código/).waitFor();
    await page.getByLabel(es.safeSpaces.visitTally).fill('6');
    await page.getByRole('button', { name: es.safeSpaces.visitSave }).click();
    await page.getByText(/Hoy: 1 con código, 6 sin código/).waitFor();
    await expect(page.getByText(code).count()).resolves.toBe(0);
    await shot(page, 'safe-space');
  });
});
