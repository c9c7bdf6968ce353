/**
 * Import of a 10,000-row register (issue 3, "Import"): the time a coordinator waits for each step of
 * the wizard, through the real API of a real server on a throwaway database.
 *
 * Starts Colectiva on 127.0.0.1 with a fresh temporary data directory, completes the first-run set-up
 * through the API and signs in as its administrator (second factor included). Generates an XLSX of
 * 10,000 synthetic members (the default UIC recipe's answers, age band, gender identity, work
 * settings, date of first contact), then times:
 *   upload  POST /imports (base64 in JSON) until the headers and guessed mapping are answered;
 *   preview POST /imports/:id/preview until every row is checked (codes built and hashed);
 *   confirm POST /imports/:id/confirm, then polling GET /imports/:id every 250 ms (as the web's
 *           progress bar does) until it is done; rows/s = rows written / that time.
 * Then imports the same file again and times the preview and confirm (nothing is created).
 * Prints the figures and appends a row to bench/RESULTS.md.
 *
 *   node --import tsx bench/import-10k.ts [--rows=10000]
 */
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { totpCode, totpStep } from '../src/server/platform/auth/totp';
import {
  createSandbox,
  findFreePort,
  removeSandbox,
  spawnColectiva,
  stopColectiva,
  waitForHealth,
  type ColectivaServer,
} from '../src/server/system/colectiva-process';
import type { ImportJobView, ImportPreview } from '../src/domain/imports.schemas';
import { describeMachine, loadAverage } from './lib/machine';
import { appendResult } from './lib/results';
import { intArgument, seconds } from './lib/stats';

const ROWS = intArgument('rows', 10_000);
const POLL_MS = 250;
const PASSWORD = `bench-${crypto.randomUUID()}`;
const USERNAME = 'medicion.admin';

/** Keeps the session cookie and the CSRF token, like the web app. */
class Client {
  private cookie = '';
  private csrf = '';
  constructor(readonly baseUrl: string) {}

  async request<T>(method: string, url: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { origin: this.baseUrl, 'accept-language': 'es' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
    const response = await fetch(this.baseUrl + url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) this.cookie = line.split(';')[0] ?? '';
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url} → ${response.status} ${text.slice(0, 300)}`);
    const data: unknown = text ? JSON.parse(text) : undefined;
    if (data && typeof data === 'object' && 'csrfToken' in data && typeof data.csrfToken === 'string')
      this.csrf = data.csrfToken;
    return data as T;
  }
}

async function setUp(server: ColectivaServer): Promise<{ client: Client; orgId: string }> {
  const deadline = Date.now() + 30_000;
  let token: string | undefined;
  while (!(token = /\/setup#token=([A-Za-z0-9_-]+)/.exec(server.output())?.[1]) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  if (!token) throw new Error(`no set-up token in the console output:\n${server.output()}`);
  const client = new Client(server.url);
  await client.request('POST', '/api/setup', {
    token,
    networkName: 'Red de medición',
    organization: { name: 'Organización de medición', countryCode: 'SV', level: 'national' },
    admin: { username: USERNAME, displayName: 'Medición', password: PASSWORD },
  });
  await client.request('POST', '/api/auth/login', { username: USERNAME, password: PASSWORD });
  const { secret } = await client.request<{ secret: string }>('POST', '/api/me/totp/setup');
  await client.request('POST', '/api/me/totp/enable', { code: totpCode(secret, totpStep(new Date())) });
  const me = await client.request<{ memberships: { orgId: string }[] }>('GET', '/api/me');
  const orgId = me.memberships[0]?.orgId;
  if (!orgId) throw new Error('the administrator has no organization');
  return { client, orgId };
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const AGE = ['18 a 24', '25 a 34', '35 a 44', '45 o más'];
const GENDER = ['Mujer', 'Mujer trans', 'No binaria'];
const WORK = ['Calle', 'Bar o local', 'Calle, Hotel', 'En línea o por teléfono'];

/** A synthetic register: every row a different person (distinct answers of the default recipe). */
async function buildWorkbook(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Registro');
  sheet.addRow([
    'Nombre madre',
    'Nombre padre',
    'Fecha de nacimiento',
    'Edad',
    'Género',
    'Dónde trabaja',
    'Primer contacto',
  ]);
  for (let i = 0; i < rows; i++) {
    const pair = i % 676;
    const mother = `${LETTERS[Math.floor(pair / 26)]}${LETTERS[pair % 26]}ria`;
    const father = `${LETTERS[(i * 7) % 26]}${LETTERS[(i * 11) % 26]}an`;
    const year = 1960 + Math.floor(i / 676);
    const birth = `${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (i % 12)).padStart(2, '0')}/${year}`;
    sheet.addRow([
      mother,
      father,
      birth,
      AGE[i % AGE.length],
      GENDER[i % GENDER.length],
      WORK[i % WORK.length],
      new Date(Date.UTC(2024, i % 12, 1 + (i % 28))),
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface Pass {
  uploadMs: number;
  previewMs: number;
  confirmMs: number;
  polls: number;
  progressSteps: number;
  preview: ImportPreview;
  final: ImportJobView;
}

async function importOnce(client: Client, orgId: string, file: Buffer): Promise<Pass> {
  const base = `/api/orgs/${orgId}/imports`;
  let start = performance.now();
  const job = await client.request<ImportJobView>('POST', base, {
    kind: 'members',
    fileName: 'registro-10k.xlsx',
    contentBase64: file.toString('base64'),
  });
  const uploadMs = performance.now() - start;
  start = performance.now();
  const preview = await client.request<ImportPreview>('POST', `${base}/${job.id}/preview`, {
    mapping: job.mapping,
  });
  const previewMs = performance.now() - start;
  start = performance.now();
  await client.request('POST', `${base}/${job.id}/confirm`);
  let polls = 0;
  const seen = new Set<number>();
  let final: ImportJobView;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    final = await client.request<ImportJobView>('GET', `${base}/${job.id}`);
    polls++;
    seen.add(final.counts.processed);
    if (final.status === 'done' || final.status === 'failed') break;
  }
  const confirmMs = performance.now() - start;
  if (final.status !== 'done') throw new Error('the import failed');
  return { uploadMs, previewMs, confirmMs, polls, progressSteps: seen.size, preview, final };
}

async function main(): Promise<void> {
  const machine = describeMachine();
  console.log(`Import of ${ROWS} rows (XLSX) through the API`);
  console.log(`Machine: ${machine}; load average ${loadAverage()}\n`);
  const file = await buildWorkbook(ROWS);
  console.log(`XLSX generated: ${(file.length / 1024).toFixed(0)} KiB`);

  const sandbox = createSandbox('colectiva-bench-import-');
  const server = spawnColectiva(sandbox, sandbox.dataDir(), await findFreePort(), { detached: false });
  try {
    await waitForHealth(server, { timeoutMs: 120_000 });
    const { client, orgId } = await setUp(server);
    const first = await importOnce(client, orgId, file);
    const { counts } = first.final;
    console.log(
      `first import: upload ${seconds(first.uploadMs)}, preview ${seconds(first.previewMs)} ` +
        `(${counts.valid} valid, ${counts.errors} errors), confirm→done ${seconds(first.confirmMs)} ` +
        `(${counts.created} created; ${first.progressSteps} distinct progress values over ${first.polls} polls)`,
    );
    const again = await importOnce(client, orgId, file);
    console.log(
      `same file again: upload ${seconds(again.uploadMs)}, preview ${seconds(again.previewMs)} ` +
        `(${again.preview.job.counts.existing} already registered), confirm→done ${seconds(again.confirmMs)} ` +
        `(${again.final.counts.created} created, ${again.final.counts.skipped} skipped)`,
    );
    if (counts.created !== ROWS || again.final.counts.created !== 0)
      throw new Error('unexpected counts: every row should be created once, and none on re-import');
    const rowsPerSecond = counts.created / (first.confirmMs / 1000);
    const endToEnd = first.uploadMs + first.previewMs + first.confirmMs;
    console.log(`\nrows/s written: ${rowsPerSecond.toFixed(0)}; end to end ${seconds(endToEnd)}`);
    appendResult(
      {
        goal: 'Import',
        script: 'import-10k.ts',
        figures:
          `${ROWS} rows XLSX (${(file.length / 1024).toFixed(0)} KiB): upload ${seconds(first.uploadMs)}, ` +
          `preview ${seconds(first.previewMs)}, confirm→done ${seconds(first.confirmMs)} ` +
          `(${rowsPerSecond.toFixed(0)} rows/s, ${first.progressSteps} progress steps seen), ` +
          `end to end ${seconds(endToEnd)}; same file again: preview ${seconds(again.previewMs)}, ` +
          `confirm→done ${seconds(again.confirmMs)}, 0 created`,
        target: '10,000-row spreadsheet imports with progress and completes (issue 3)',
      },
      machine,
    );
  } finally {
    await stopColectiva(server);
    await removeSandbox(sandbox);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
