import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { formatDisplayCode } from '../src/domain/members';
import { buildUic, UIC_RECIPES } from '../src/domain/uic';
import { ApiSession } from './support/api-session';
import { ensureAdmin, FIRST_RUN, nextTotpCode } from './support/admin-account';
import { LAPTOP, openBrowser, PHONE, type BrowserSession } from './support/browser-session';
import { HomePage } from './pages/home.page';
import { LoginPage } from './pages/login.page';
import { MembersPage } from './pages/members.page';
import { PasswordChangePage } from './pages/password-change.page';
import { ShellPage } from './pages/shell.page';
import { TotpPage } from './pages/totp.page';

const PROMOTORA = {
  username: 'rosa.promotora',
  displayName: 'Rosa Promotora',
  temporaryPassword: 'temporal-mandarina-58',
  password: 'jazmin-faro-bicicleta-31',
};

/** Synthetic answers of a synthetic person (never real data). */
const ANSWERS = { motherFirstName: 'Marta', fatherFirstName: 'Julio', birthDate: '1994-07-15' };

/** Synthetic notes: no names, no addresses. */
const NOTE = 'Prefiere que la busquen por la tarde';
const EDITED_NOTE = 'Quiere sumarse a los talleres del mes';

const SHOTS = process.env.H4_SHOTS_DIR ?? '/tmp';

describe('members and contacts at 360 px', () => {
  let browser: BrowserSession;
  let orgId: string;
  let knownCode: string;

  /** Every screen at phone and laptop size, for a person to look at. */
  async function shot(name: string, prefix = 'h4', target?: Locator) {
    const { page } = browser;
    // A form taller than the screen is stitched: the fixed bars would land on top of it. (The CSP
    // refuses inline styles, so the bars are hidden through the CSSOM.)
    const bars = (visibility: string) =>
      page.locator('.topbar, .tabbar').evaluateAll((elements, value) => {
        for (const element of elements) (element as HTMLElement).style.visibility = value;
      }, visibility);
    if (target) await bars('hidden');
    for (const size of [PHONE, LAPTOP]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(150);
      await (target ?? page).screenshot({
        path: path.join(
          prefix === 'h4' ? SHOTS : '/tmp',
          `${prefix}-${name}-${size.width}x${size.height}.png`,
        ),
      });
    }
    if (target) await bars('');
    await page.setViewportSize(PHONE);
  }

  beforeAll(async () => {
    const admin = await ensureAdmin();
    browser = await openBrowser();
    const api = new ApiSession(browser.baseUrl);
    await api.signIn(admin.username, admin.password, () => nextTotpCode(admin));
    const me = await api.request<{ memberships: { orgId: string; orgName: string }[] }>('GET', '/api/me');
    orgId = me.memberships.find((m) => m.orgName === FIRST_RUN.orgName)!.orgId;
    const promotora = await api.request<{ userId: string }>('POST', `/api/orgs/${orgId}/users`, {
      username: PROMOTORA.username,
      displayName: PROMOTORA.displayName,
      role: 'promotora',
      temporaryPassword: PROMOTORA.temporaryPassword,
    });
    // A member of her caseload, met once before with 20 condoms and 4 lubricants.
    const uic = buildUic(UIC_RECIPES.default, {
      motherFirstName: 'Ana',
      fatherFirstName: 'Luis',
      birthDate: '1990-03-02',
    });
    const member = await api.request<{ id: string; displayCode: string }>(
      'POST',
      `/api/orgs/${orgId}/members`,
      {
        uic: { recipeId: 'default', ...uic },
        assignedUserId: promotora.userId,
        ageBand: '25_34',
        genderIdentity: 'trans_woman',
      },
    );
    knownCode = formatDisplayCode(member.displayCode);
    await api.request('POST', `/api/orgs/${orgId}/contacts`, {
      memberId: member.id,
      contactedOn: '2026-01-10',
      condoms: 20,
      lubricant: 4,
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a promotora opens a member and records today’s contact in three taps or fewer', async () => {
    const { page, baseUrl } = browser;
    await page.goto(`${baseUrl}/`);
    await new ShellPage(page).chooseLanguage('es');
    const login = new LoginPage(page);
    await login.waitVisible();
    await login.signIn(PROMOTORA.username, PROMOTORA.temporaryPassword);
    const passwordChange = new PasswordChangePage(page);
    await passwordChange.waitVisible();
    await passwordChange.change(PROMOTORA.temporaryPassword, PROMOTORA.password);
    await new HomePage(page).waitFor(FIRST_RUN.orgName);
    await shot('home');

    // The bottom bar holds her three sections; "Más" the rest; the quick exit stays in view.
    const quick = page.getByRole('navigation', { name: es.phoneNav.quick });
    for (const name of [es.outreach.nav, es.memberScreens.nav, es.contactScreens.nav]) {
      await quick.getByRole('link', { name, exact: true }).waitFor();
    }
    await page.getByRole('button', { name: es.phoneNav.more, exact: true }).click();
    await shot('nav-more');
    await page.getByRole('button', { name: es.phoneNav.more, exact: true }).click();

    const members = new MembersPage(page);
    await members.open();
    await members.row(knownCode).waitFor();
    await shot('members-list');

    // Tap 1: the member. Today's package is preselected from her last contact.
    await members.row(knownCode).click();
    await members.waitForMember(knownCode);
    await members.todayForm().waitFor();
    expect(await members.quantity(es.contactScreens.condoms)).toBe(20);
    expect(await members.quantity(es.contactScreens.lubricant)).toBe(4);
    await shot('member-detail');
    // Tap 2: save.
    await members.todayForm().getByRole('button', { name: es.contactScreens.save, exact: true }).click();
    await page.getByRole('status').filter({ hasText: knownCode }).first().waitFor();
    // Saved once: the form gives way to "another contact", so a second tap cannot record it twice.
    await page.getByRole('button', { name: es.memberScreens.detail.anotherContact, exact: true }).waitFor();
    expect(await members.todayForm().count()).toBe(0);
    await expect.poll(async () => await members.history().getByRole('listitem').count()).toBe(2);
    expect(await members.history().getByRole('listitem').first().innerText()).toContain('Condones: 20');
    await shot('member-contact-saved');

    // A correction stays visible in the history.
    await members
      .history()
      .getByRole('button', { name: /^Corregir el contacto/ })
      .first()
      .click();
    const correction = page.getByRole('form', { name: es.contactScreens.correctTitle });
    await correction.getByRole('spinbutton', { name: es.contactScreens.condoms, exact: true }).fill('30');
    await shot('contact-correction');
    await correction.getByRole('button', { name: es.contactScreens.saveCorrection, exact: true }).click();
    await members.history().getByText(es.contactScreens.status.superseded).first().waitFor();
    expect(await members.history().innerText()).toContain('Condones: 30');
    await members.history().scrollIntoViewIfNeeded();
    await shot('contact-history-corrected');

    // More than three risk factors make her a priority; partners × acts give the monthly need.
    await page.getByRole('button', { name: es.memberScreens.detail.editNeeds, exact: true }).click();
    const needs = page.getByRole('form', { name: es.memberScreens.detail.editNeeds });
    for (let i = 0; i < 4; i += 1) await needs.getByRole('checkbox').nth(i).check();
    await needs.getByLabel(es.members.fields.partnersPerWeek, { exact: true }).fill('5');
    await needs.getByLabel(es.members.fields.actsPerPartner, { exact: true }).fill('2');
    await shot('member-needs-edit');
    await needs.getByRole('button', { name: es.memberScreens.detail.saveNeeds, exact: true }).click();
    await page.getByText(es.members.priority, { exact: true }).first().waitFor();
    expect(await page.locator('.facts').innerText()).toContain('44');

    expect(browser.foreignRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });

  it('registers a member from the UIC questions, and asks "¿Es la misma persona?" for the same answers', async () => {
    const { page } = browser;
    const members = new MembersPage(page);
    let first = true;
    const register = async () => {
      await members.open();
      await members.startRegistration();
      if (first) await shot('member-register-question');
      first = false;
      await members.answer(es.uic.questions.motherFirstName.label, ANSWERS.motherFirstName);
      await members.answer(es.uic.questions.fatherFirstName.label, null);
      // The father's name is unknown: her own initials stand in.
      await members.answer(es.uic.questions.ownFirstNameInitial.label, 'C');
      await members.answer(es.uic.questions.ownSurnameInitial.label, 'R');
      await members.answerDate('15', '07', '1994');
      await page.getByText(es.memberScreens.register.codeReady).waitFor();
    };
    await register();
    // Only the father's name took a fallback; the full birth date did not.
    const ready = await page.locator('.uic-ready').innerText();
    expect(ready).toContain(es.uic.questions.fatherFirstName.label);
    expect(ready).not.toContain(es.uic.questions.birthDate.label);
    // The code is not on screen unless asked for, and nothing answered is in the address or storage.
    expect(await page.locator('body').innerText()).not.toContain('MACR15071994');
    await shot('member-register-code');
    // "Más datos (opcional)": leadership and a note, without names or addresses.
    await page.getByRole('button', { name: es.memberScreens.more.title }).click();
    await page.getByRole('checkbox', { name: es.members.leadershipRoles.spokesperson, exact: true }).check();
    await page.getByRole('textbox', { name: es.members.fields.notes, exact: true }).fill(NOTE);
    await page.getByRole('button', { name: es.memberScreens.more.title }).scrollIntoViewIfNeeded();
    await shot('register-more', 'h9', page.locator('form.card'));
    await members.submitRegistration();
    await page.waitForURL(/\/members\/[0-9a-f-]{36}$/);
    const about = page.getByRole('region', { name: es.memberScreens.detail.about });
    await about.getByText(NOTE).waitFor();
    await about.getByText(es.members.leadershipRoles.spokesperson).waitFor();
    const url = page.url();
    for (const value of ['Marta', 'MACR', '1994']) expect(url).not.toContain(value);
    const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    for (const value of ['Marta', 'MACR', '1994']) expect(storage).not.toContain(value);

    await register();
    await members.submitRegistration();
    await page.getByRole('alertdialog', { name: es.memberScreens.duplicate.title }).waitFor();
    await shot('member-duplicate');
    await page.getByRole('button', { name: es.memberScreens.duplicate.distinct, exact: true }).click();
    await page.waitForURL(/\/members\/[0-9a-f-]{36}$/);
    expect(page.url()).not.toBe(url);
  });

  it('shows an administrator who viewed the record, and the merge entry', async () => {
    const { page } = browser;
    const admin = await ensureAdmin();
    await page.getByRole('button', { name: es.account.signOut, exact: true }).click();
    const login = new LoginPage(page);
    await login.waitVisible();
    await login.signIn(admin.username, admin.password);
    const totp = new TotpPage(page);
    await totp.waitVisible();
    await totp.enterCode(await nextTotpCode(admin));
    await new HomePage(page).openOrganization(FIRST_RUN.orgName);
    const members = new MembersPage(page);
    await members.open();
    await members.row(knownCode).click();
    await members.waitForMember(knownCode);
    const viewers = page.getByRole('region', { name: es.members.viewers });
    await viewers.getByText(PROMOTORA.displayName).first().waitFor();
    await page.getByRole('button', { name: es.members.merge, exact: true }).click();
    await page.getByRole('heading', { name: es.members.merge }).scrollIntoViewIfNeeded();
    await shot('member-detail-coordinator');
    await page.getByRole('button', { name: es.memberScreens.register.cancel, exact: true }).click();
    expect(browser.foreignRequests).toEqual([]);
  });

  it('lets an administrator edit her details: leadership roles and notes are saved', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: es.memberScreens.detail.editData, exact: true }).click();
    const form = page.getByRole('form', { name: es.memberScreens.detail.editData });
    await form.getByRole('checkbox', { name: es.members.leadershipRoles.peer_educator, exact: true }).check();
    await form.getByRole('textbox', { name: es.members.fields.notes, exact: true }).fill(EDITED_NOTE);
    await form.scrollIntoViewIfNeeded();
    await shot('member-edit', 'h9', form);
    await form.getByRole('button', { name: es.memberScreens.detail.saveNeeds, exact: true }).click();
    await form.waitFor({ state: 'detached' });
    const about = page.getByRole('region', { name: es.memberScreens.detail.about });
    await about.getByText(EDITED_NOTE).waitFor();
    await about.getByText(es.members.leadershipRoles.peer_educator, { exact: true }).waitFor();
    await shot('member-saved', 'h9', about);
    await page.reload();
    await page.getByRole('region', { name: es.memberScreens.detail.about }).getByText(EDITED_NOTE).waitFor();
    expect(browser.foreignRequests).toEqual([]);
  });

  it('counts people who decline to register', async () => {
    const { page } = browser;
    const shell = new ShellPage(page);
    await shell.navLink(es.contactScreens.nav).click();
    await shell.waitForHeading(es.contactScreens.title);
    await shot('contacts-page');
    await page.getByRole('button', { name: es.contactScreens.anonymousOpen }).click();
    const form = page.getByRole('form', { name: es.contactScreens.anonymousTitle });
    await form.getByRole('button', { name: `Más: ${es.contactScreens.people}` }).click();
    await shot('contacts-anonymous');
    await form.getByRole('button', { name: es.contactScreens.save, exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Conteo anónimo guardado: 2' }).waitFor();
    expect(browser.foreignRequests).toEqual([]);
  });
});
