import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { ensureAdmin, type AdminState } from './support/admin-account';
import { signInAdmin } from './support/admin-sign-in';
import { openBrowser, type BrowserSession } from './support/browser-session';

const t = es.imports;

// A register as organizations keep it: the default recipe's answers, Spanish labels, one bad row.
const CSV = [
  'Nombre madre;Nombre padre;Fecha de nacimiento;Edad;Género',
  'Eufemia;Baldomero;12/05/1987;25 a 34;Mujer trans',
  'Eulalia;Bonifacio;03/11/1992;18 a 24;Mujer',
  'Eusebia;Bartolo;30/02/1990;35 a 44;Mujer', // no 30 February
  'Evarista;Benigno;1979-07-21;45 o más;No binaria',
].join('\n');

describe('import wizard at 360 px', () => {
  let browser: BrowserSession;
  let admin: AdminState;

  beforeAll(async () => {
    admin = await ensureAdmin();
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function uploadAndPreview() {
    const { page } = browser;
    await page.locator('#import-file').setInputFiles({
      name: 'registro-2023.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    await page.getByRole('button', { name: t.upload, exact: true }).click();
    await page.getByRole('button', { name: t.map.submit, exact: true }).click();
    await page.getByRole('heading', { name: t.steps.preview }).waitFor();
  }

  it('maps the columns, shows the row error in Spanish, imports, and a second import of the same file adds nobody', async () => {
    const { page, baseUrl } = browser;
    const orgPath = await signInAdmin(page, baseUrl, admin);
    await page.goto(`${baseUrl}${orgPath}/imports`);
    await page.getByRole('heading', { name: t.title }).waitFor();

    await uploadAndPreview();
    await expect
      .poll(() => page.locator('.imports-errors li').allTextContents())
      .toEqual([
        'Fila 4, columna «Fecha de nacimiento»: la respuesta no sirve para el código único (revise el formato)',
      ]);
    await browser.snap('imports-preview');
    await page.getByRole('button', { name: /^Importar las filas listas \(3\)$/ }).click();
    await page.getByRole('heading', { name: t.summary.title }).waitFor({ timeout: 60_000 });
    const created = page.locator('.imports-count--ok dd');
    expect(await created.textContent()).toBe('3');
    await browser.snap('imports-summary');

    await page.getByRole('button', { name: t.summary.again, exact: true }).click();
    await uploadAndPreview();
    expect(await page.getByText(t.preview.sameFile).isVisible()).toBe(true);
    await page.getByRole('button', { name: /^Importar las filas listas \(3\)$/ }).click();
    await page.getByRole('heading', { name: t.summary.title }).waitFor({ timeout: 60_000 });
    expect(await created.textContent()).toBe('0');
  });
});
