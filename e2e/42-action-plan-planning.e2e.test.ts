import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { ensureAdmin } from './support/admin-account';
import { signInAdmin } from './support/admin-sign-in';
import { LAPTOP, openBrowser, PHONE, type BrowserSession } from './support/browser-session';

/**
 * Issue 6, action plan and planning: an action tied to a framework item, its progress; a registration
 * document expiring soon shows on the home page, as does the overdue action.
 */
const SHOTS = '/tmp/shots';
const ACTION = 'Escribir el reglamento de la asamblea';
const LATE_ACTION = 'Abrir una cuenta bancaria a nombre de la organización';
const NOTE = 'La comisión redactó un primer borrador; falta revisarlo en asamblea.';
const DOCUMENT = 'Personería jurídica 2021';
const OBJECTIVE = 'Sostenibilidad financiera';
const ACTIVITY = 'Feria de venta de artesanías';
/** A minimal PDF (a synthetic scan). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(SHOTS, `6C-${name}-${size.width}.png`), fullPage: true });
  }
  await page.setViewportSize(PHONE);
}

describe('action plan and planning at 360 px', () => {
  let browser: BrowserSession;
  let orgPath: string;

  beforeAll(async () => {
    const admin = await ensureAdmin();
    browser = await openBrowser();
    await browser.page.setViewportSize(PHONE);
    orgPath = await signInAdmin(browser.page, browser.baseUrl, admin);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function addAction(page: Page, title: string, dueOn: string) {
    await page.getByRole('button', { name: es.actionPlan.new }).click();
    const form = page.getByRole('form', { name: es.actionPlan.new });
    await form.getByLabel(es.actionPlan.fields.title).fill(title);
    // The first domain of the framework, its first item.
    await form.locator('.item-picker__domain summary').first().click();
    await form.locator('.item-picker__domain').first().getByRole('checkbox').first().check();
    await form.getByLabel(es.actionPlan.fields.responsibleRole).fill('Junta directiva');
    await form.getByLabel(es.actionPlan.fields.supportNeeded).fill('Acompañamiento de la red regional');
    await form.getByLabel(es.actionPlan.fields.dueOn).fill(dueOn);
    await form.getByRole('button', { name: es.actionPlan.create }).click();
    await page.getByText(es.actionPlan.created.replace('{{title}}', title)).waitFor();
  }

  it('creates an action tied to a framework item and records its progress', async () => {
    const { page, baseUrl } = browser;
    await page.goto(`${baseUrl}${orgPath}/action-plan`);
    await page.getByRole('heading', { name: es.actionPlan.title, level: 1 }).waitFor();
    await addAction(page, ACTION, dayFromToday(90));
    const card = page.getByRole('listitem').filter({ hasText: ACTION });
    await card.locator('.badge', { hasText: es.actionPlan.status.planned }).waitFor();
    await card.getByRole('button', { name: es.actionPlan.openDetail }).click();
    await card.getByLabel(es.actionPlan.notes.label).fill(NOTE);
    await card.getByRole('button', { name: es.actionPlan.notes.add }).click();
    await card.getByText(NOTE).waitFor();
    await card.getByRole('button', { name: es.actionPlan.to.in_progress }).click();
    await card.locator('.badge', { hasText: es.actionPlan.status.in_progress }).waitFor();
    expect(await card.locator('.item__meta').innerText()).toContain('1');

    // A second action, already past its due day.
    await addAction(page, LATE_ACTION, dayFromToday(-3));
    await page
      .getByRole('listitem')
      .filter({ hasText: LATE_ACTION })
      .locator('.badge', { hasText: es.actionPlan.overdue })
      .waitFor();
    await shot(page, 'action-plan');
  });

  it('records a document expiring soon with its scan, and both reminders show on the home page', async () => {
    const { page, baseUrl } = browser;
    await page.goto(`${baseUrl}${orgPath}/planning`);
    await page.getByRole('heading', { name: es.planning.title, level: 1 }).waitFor();
    await page.getByRole('tab', { name: es.planning.tabs.documents }).click();
    await page.getByRole('button', { name: es.planning.documents.new }).click();
    const form = page.getByRole('form', { name: es.planning.documents.new });
    await form.getByLabel(es.planning.documents.kind).selectOption('registration');
    await form.getByLabel(es.planning.documents.titleField).fill(DOCUMENT);
    await form.getByLabel(es.planning.documents.issuedOn).fill('2021-07-09');
    await form.getByLabel(es.planning.documents.expiresOn).fill(dayFromToday(30));
    await form
      .getByLabel(es.planning.documents.file)
      .setInputFiles({ name: 'personeria.pdf', mimeType: 'application/pdf', buffer: PDF });
    await form.getByRole('button', { name: es.planning.documents.create }).click();
    const item = page.getByRole('listitem').filter({ hasText: DOCUMENT });
    await item.locator('.badge', { hasText: es.planning.documents.badge.expiring }).waitFor();
    await item.getByRole('link', { name: es.planning.documents.download }).waitFor();
    await shot(page, 'planning-documents');

    // The strategy tab: vision and mission.
    await page.getByRole('tab', { name: es.planning.tabs.strategy }).click();
    await page.getByRole('button', { name: es.planning.strategy.edit }).click();
    await page
      .getByRole('textbox', { name: es.planning.strategy.vision })
      .fill('Un trabajo sexual reconocido, sin violencia ni estigma.');
    await page
      .getByRole('textbox', { name: es.planning.strategy.mission })
      .fill('Organizar a las trabajadoras sexuales para defender sus derechos.');
    await page.getByRole('button', { name: es.common.save }).click();
    await page.getByText(es.planning.strategy.saved).waitFor();
    await page.getByRole('button', { name: es.planning.objectives.new }).click();
    await page.getByLabel(es.planning.objectives.titleField, { exact: true }).fill(OBJECTIVE);
    await page.getByRole('button', { name: es.planning.objectives.create }).click();
    await page.getByText(es.planning.objectives.created.replace('{{title}}', OBJECTIVE)).waitFor();
    await shot(page, 'planning-strategy');

    // The workplan: an activity linked to the objective, then marked done.
    await page.getByRole('tab', { name: es.planning.tabs.workplan }).click();
    await page.getByRole('button', { name: es.planning.workplan.new }).click();
    const activityForm = page.getByRole('form', { name: es.planning.workplan.new });
    await activityForm.getByLabel(es.planning.workplan.titleField, { exact: true }).fill(ACTIVITY);
    await activityForm.getByLabel(es.planning.workplan.objective).selectOption({ label: OBJECTIVE });
    await activityForm.getByLabel(es.planning.workplan.startsOn).fill(dayFromToday(-10));
    await activityForm.getByLabel(es.planning.workplan.endsOn).fill(dayFromToday(20));
    await activityForm.getByRole('button', { name: es.planning.workplan.create }).click();
    const activity = page.getByRole('listitem').filter({ hasText: ACTIVITY });
    await activity.getByText(OBJECTIVE).waitFor();
    await activity.getByLabel(es.planning.workplan.status).selectOption('done');
    await page
      .getByText(es.planning.workplan.progress.replace('{{done}}', '1').replace('{{total}}', '1'))
      .waitFor();
    await shot(page, 'planning-workplan');

    await page.goto(`${baseUrl}${orgPath}`);
    const documentsCard = page.locator('.renewal-card');
    await documentsCard.getByText(es.planning.card.title.replace('{{count}}', '1')).waitFor();
    expect(await documentsCard.innerText()).toContain(DOCUMENT);
    const actionsCard = page.locator('.overdue-card');
    await actionsCard.getByText(es.actionPlan.card.title.replace('{{count}}', '1')).waitFor();
    expect(await actionsCard.innerText()).toContain(LATE_ACTION);
    expect(await actionsCard.innerText()).not.toContain(ACTION);
    await shot(page, 'home');

    // The card leads to the documents tab.
    await documentsCard.getByRole('link', { name: es.planning.card.open }).click();
    await page.getByRole('listitem').filter({ hasText: DOCUMENT }).waitFor();
  });
});
