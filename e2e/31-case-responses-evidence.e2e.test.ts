import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { totpCode, totpStep } from '../src/server/platform/auth/totp';
import { GPS_LATITUDE_BYTES, jpegWithGps, PLAIN_JPEG } from '../src/server/platform/files/files.test-support';
import { ApiSession } from './support/api-session';
import { ensureAdmin, FIRST_RUN, nextTotpCode } from './support/admin-account';
import { LAPTOP, openBrowser, PHONE, type BrowserSession } from './support/browser-session';
import { LoginPage } from './pages/login.page';
import { ShellPage } from './pages/shell.page';
import { TotpPage } from './pages/totp.page';

/** A paralegal (REActor) who follows up her own case. Synthetic account, synthetic case. */
const PARALEGAL = {
  username: 'lucia.paralegal',
  displayName: 'Lucía Paralegal',
  temporaryPassword: 'temporal-maracuya-47',
  password: 'faro-ceiba-tambor-83',
};
const SHOTS = '/tmp/shots';
/** Planted in the photo's EXIF description: must not come back from the server. */
const EXIF_MARKER = 'CAMARA-DE-PRUEBA-GPS';

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

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const bars = (visibility: string) =>
    page.locator('.topbar, .tabbar').evaluateAll((elements, value) => {
      for (const element of elements) (element as HTMLElement).style.visibility = value;
    }, visibility);
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    if (size === PHONE)
      await page.screenshot({ path: path.join(SHOTS, `5B-${name}-screen-${size.width}x${size.height}.png`) });
    await bars('hidden');
    await page.screenshot({
      path: path.join(SHOTS, `5B-${name}-${size.width}x${size.height}.png`),
      fullPage: true,
    });
    await bars('');
  }
  await page.setViewportSize(PHONE);
}

async function expectNoSideways(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

describe('case responses and evidence at 360 px', () => {
  let browser: BrowserSession;
  let orgId: string;
  let caseId: string;
  let reference: string;
  let nextCode: () => Promise<string>;

  beforeAll(async () => {
    const adminState = await ensureAdmin();
    browser = await openBrowser();
    const admin = new ApiSession(browser.baseUrl);
    await admin.signIn(adminState.username, adminState.password, () => nextTotpCode(adminState));
    const me = await admin.request<{ memberships: { orgId: string; orgName: string }[] }>('GET', '/api/me');
    orgId = me.memberships.find((m) => m.orgName === FIRST_RUN.orgName)!.orgId;
    await admin.request('POST', `/api/orgs/${orgId}/users`, {
      username: PARALEGAL.username,
      displayName: PARALEGAL.displayName,
      role: 'paralegal',
      temporaryPassword: PARALEGAL.temporaryPassword,
    });
    const own = new ApiSession(browser.baseUrl);
    await own.signIn(PARALEGAL.username, PARALEGAL.temporaryPassword);
    const setup = await own.request<{ secret: string }>('POST', '/api/me/totp/setup');
    nextCode = totpFor(setup.secret);
    await own.request('POST', '/api/me/totp/enable', { code: await nextCode() });
    await own.request('POST', '/api/me/password', {
      currentPassword: PARALEGAL.temporaryPassword,
      newPassword: PARALEGAL.password,
    });
    // Her case (she documents it, so she is assigned), and a follow-up already two days late.
    const created = await own.request<{ id: string; reference: string }>('POST', `/api/orgs/${orgId}/cases`, {
      consents: { record: true, follow_up: true, advocacy_anonymized: false, network_share: false },
      urgent: true,
      occurredOn: '2026-03-14',
      occurredPrecision: 'day',
      locationType: 'police_station',
      acts: [{ actType: 'arbitrary_detention', method: 'detention', consequences: ['psychological'] }],
      victims: [{ anonymousCount: 1 }],
      sourceType: 'victim',
      sourceReliability: 'high',
      needs: ['legal'],
    });
    caseId = created.id;
    reference = created.reference;
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await own.request('POST', `/api/orgs/${orgId}/cases/${caseId}/follow-ups`, {
      dueOn: twoDaysAgo,
      task: 'Llamar a la defensoría para la audiencia',
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a paralegal sees her overdue follow-up, adds an intervention and uploads a photo from a phone', async () => {
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

    // Home: the overdue card, and from it the queue.
    const card = page.getByRole('heading', {
      name: es.caseResponses.card.title.replace('{{count}}', '1'),
    });
    await card.waitFor();
    await shot(page, 'home-overdue');
    await page.getByRole('link', { name: es.caseResponses.card.open }).click();
    await page.getByRole('heading', { name: es.caseResponses.queue.title, level: 1 }).waitFor();
    await page.getByText('Llamar a la defensoría para la audiencia').waitFor();
    await page.getByText(es.caseResponses.followUps.overdue, { exact: true }).first().waitFor();
    await expectNoSideways(page);
    await shot(page, 'queue');

    // To the case.
    await page.getByRole('link', { name: new RegExp(reference) }).click();
    await page.getByRole('heading', { name: reference, level: 1 }).waitFor();
    const interventions = page.getByRole('region', { name: es.caseResponses.interventions.title });
    await interventions.getByRole('button', { name: es.caseResponses.interventions.add }).click();
    await interventions
      .getByLabel(es.caseResponses.interventions.type)
      .selectOption({ label: es.caseResponses.types.complaint_accompaniment });
    await interventions
      .getByLabel(es.caseResponses.interventions.priority)
      .selectOption({ label: es.caseResponses.priorities.high });
    await interventions
      .getByLabel(es.caseResponses.interventions.status)
      .selectOption({ label: es.caseResponses.statuses.requested });
    await interventions
      .getByLabel(es.caseResponses.interventions.requestedParty)
      .fill('Fiscalía de la mujer');
    await shot(page, 'intervention-form');
    await interventions.getByRole('button', { name: es.caseResponses.save }).click();
    await interventions.getByText(es.caseResponses.saved).waitFor();
    await interventions.getByText(es.caseResponses.types.complaint_accompaniment).waitFor();

    // It was done, partly resolved.
    await interventions
      .getByRole('button', {
        name: es.caseResponses.interventions.updateFor.replace(
          '{{type}}',
          es.caseResponses.types.complaint_accompaniment,
        ),
      })
      .click();
    await interventions
      .getByLabel(es.caseResponses.interventions.status)
      .selectOption({ label: es.caseResponses.statuses.done });
    await interventions
      .getByLabel(es.caseResponses.interventions.impact)
      .selectOption({ label: es.caseResponses.impacts.partly });
    await interventions.getByRole('button', { name: es.caseResponses.save }).click();
    await interventions.getByText(es.caseResponses.impacts.partly).waitFor();

    // Evidence: a photo with GPS in its EXIF, picked from the phone.
    const evidence = page.getByRole('region', { name: es.evidence.title });
    await evidence.getByRole('button', { name: es.evidence.upload }).click();
    await evidence.getByLabel(es.evidence.file).setInputFiles({
      name: 'foto-comisaria.jpg',
      mimeType: 'image/jpeg',
      buffer: jpegWithGps(EXIF_MARKER),
    });
    await evidence.getByLabel(es.evidence.description).fill('Foto del acta de detención');
    await shot(page, 'evidence-form');
    await evidence.getByRole('button', { name: es.evidence.send, exact: true }).click();
    await evidence.getByText(es.evidence.savedStripped).waitFor();
    await evidence.getByText('foto-comisaria.jpg').waitFor();
    await evidence.getByText(es.evidence.metadataRemoved).waitFor();
    await expectNoSideways(page);
    await shot(page, 'case-sections');

    // The download (the link the phone follows) has no EXIF and no GPS; the image is intact.
    const href = await evidence
      .getByRole('link', { name: es.evidence.downloadFor.replace('{{name}}', 'foto-comisaria.jpg') })
      .getAttribute('href');
    const bytes = await page.evaluate(async (url) => {
      const response = await fetch(url!, { credentials: 'same-origin' });
      return Array.from(new Uint8Array(await response.arrayBuffer()));
    }, href);
    const downloaded = Buffer.from(bytes);
    expect(downloaded.includes(Buffer.from('Exif', 'latin1'))).toBe(false);
    expect(downloaded.includes(GPS_LATITUDE_BYTES)).toBe(false);
    expect(downloaded.includes(Buffer.from(EXIF_MARKER))).toBe(false);
    expect(downloaded.equals(PLAIN_JPEG)).toBe(true);

    // The follow-up is done from the case page; the queue is then empty.
    const followUps = page.getByRole('region', { name: es.caseResponses.followUps.title });
    await followUps
      .getByRole('button', {
        name: es.caseResponses.followUps.markDoneFor.replace(
          '{{task}}',
          'Llamar a la defensoría para la audiencia',
        ),
      })
      .click();
    await followUps.getByText(es.caseResponses.followUps.doneSaved).waitFor();
  });
});
