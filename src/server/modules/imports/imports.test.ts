import { and, count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, type ImportJobView, type ImportPreview } from '../../../domain/imports.schemas';
import { buildUic, UIC_RECIPES } from '../../../domain/uic';
import { signIn, type TestAgent } from '../../testing/agent';
import { findInDatabase } from '../../testing/db-search';
import { expectError } from '../../testing/expect-error';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { contacts } from '../contacts/contacts.tables';
import { members } from '../members/members.tables';
import { settleImports } from './imports.service';

let t: TestApp;
let orgId: string;
let coord: TestAgent;
let promotora: BuiltUser;
let promotoraAgent: TestAgent;

const url = (path = '') => `/api/orgs/${orgId}/imports${path}`;
const b64 = (content: string | Buffer) => Buffer.from(content).toString('base64');

async function memberCount(): Promise<number> {
  const [row] = await t.db.select({ n: count() }).from(members).where(eq(members.orgId, orgId));
  return row!.n;
}

async function upload(fileName: string, content: string | Buffer, kind = 'members') {
  const response = await coord.post(url(), { kind, fileName, contentBase64: b64(content) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<ImportJobView>();
}

async function preview(job: ImportJobView, mapping = job.mapping) {
  const response = await coord.post(url(`/${job.id}/preview`), { mapping });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ImportPreview>();
}

/** Confirms and polls the import until it is written, as the web does. */
async function confirmAndWait(job: ImportJobView): Promise<{ final: ImportJobView; seen: number[] }> {
  const confirmed = await coord.post(url(`/${job.id}/confirm`));
  expect(confirmed.statusCode, confirmed.body).toBe(202);
  const seen: number[] = [];
  for (let i = 0; i < 600; i++) {
    const polled = (await coord.get(url(`/${job.id}`))).json<ImportJobView>();
    seen.push(polled.counts.processed);
    if (polled.status === 'done' || polled.status === 'failed') {
      await settleImports();
      return { final: polled, seen };
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('import did not finish');
}

// Answers of the default recipe (mother's and father's first names, birth date): plaintext that must
// never reach the database.
const ANSWERS = [
  { mother: 'Zenobia', father: 'Quirino', birth: '03/04/1991' },
  { mother: 'Wilhelmina', father: 'Xavierio', birth: '1988-12-30' },
  { mother: 'Yolanda', father: 'Ubaldo', birth: '15/07/1979' },
];

const goodCsv = [
  'Nombre madre;Nombre padre;Fecha de nacimiento;Edad;Género;Notas',
  `${ANSWERS[0]!.mother};${ANSWERS[0]!.father};${ANSWERS[0]!.birth};25 a 34;Mujer trans;NOTA-IMPORTADA-1`,
  `${ANSWERS[1]!.mother};${ANSWERS[1]!.father};${ANSWERS[1]!.birth};35_44;mujer;`,
  `${ANSWERS[2]!.mother};${ANSWERS[2]!.father};${ANSWERS[2]!.birth};45 o más;No binaria;`,
].join('\r\n');

beforeAll(async () => {
  t = await createTestApp();
  const org = await buildOrganization(t);
  orgId = org.id;
  coord = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
  promotora = await buildUser(t, { orgId, role: 'promotora' });
  promotoraAgent = await signIn(t, promotora);
});

afterAll(async () => {
  await settleImports();
  await t?.close();
});

describe('imports of members', () => {
  it('reads a CSV (semicolons, Spanish labels, day-first dates), writes nothing before the confirmation, then writes it', async () => {
    const before = await memberCount();
    const job = await upload('registro.csv', goodCsv);
    expect(job.status).toBe('uploaded');
    expect(job.headers).toEqual([
      'Nombre madre',
      'Nombre padre',
      'Fecha de nacimiento',
      'Edad',
      'Género',
      'Notas',
    ]);
    expect(job.mapping).toMatchObject({
      'uic.motherFirstName': 0,
      'uic.fatherFirstName': 1,
      'uic.birthDate': 2,
      ageBand: 3,
      genderIdentity: 4,
      notes: 5,
    });
    const checked = await preview(job);
    expect(checked.errors).toEqual([]);
    expect(checked.job.counts).toMatchObject({ total: 3, valid: 3, errors: 0, existing: 0 });
    expect(checked.sample[0]).toEqual({
      row: 2,
      existing: false,
      values: { ageBand: '25_34', genderIdentity: 'trans_woman' },
    });
    expect(await memberCount()).toBe(before);

    const { final } = await confirmAndWait(checked.job);
    expect(final.status).toBe('done');
    expect(final.counts).toMatchObject({ processed: 3, created: 3, skipped: 0 });
    expect(await memberCount()).toBe(before + 3);

    // The hash is the member form's: a member registered by hand with the same answers is a duplicate.
    const built = buildUic(UIC_RECIPES.default, {
      motherFirstName: ANSWERS[0]!.mother,
      fatherFirstName: ANSWERS[0]!.father,
      birthDate: '1991-04-03',
    });
    const check = await coord.post(`/api/orgs/${orgId}/members/check-duplicate`, {
      uic: { recipeId: 'default', code: built.code, fallbacksUsed: built.fallbacksUsed },
    });
    expect(check.json<{ matches: unknown[] }>().matches).toHaveLength(1);

    // Neither the answers, the code, the note nor the file name is in the database in plain text.
    for (const needle of [
      ANSWERS[0]!.mother,
      ANSWERS[1]!.father.toUpperCase(),
      built.code,
      'NOTA-IMPORTADA-1',
      'registro.csv',
    ])
      expect(await findInDatabase(t.deps.pool, needle), needle).toEqual([]);
  });

  it('re-importing the same file creates nobody: the rows are recognized as already registered', async () => {
    const before = await memberCount();
    const job = await upload('registro.csv', goodCsv);
    expect(job.sameFileImportedBefore).toBe(true);
    const checked = await preview(job);
    expect(checked.job.counts).toMatchObject({ valid: 3, existing: 3 });
    expect(checked.sample.every((row) => row.existing)).toBe(true);
    const { final } = await confirmAndWait(checked.job);
    expect(final.counts).toMatchObject({ processed: 3, created: 0, skipped: 3 });
    expect(await memberCount()).toBe(before);
  });

  it('reads an XLSX with a precomputed code column, dates as dates, and an assigned promotora', async () => {
    const codes = Array.from(
      { length: 4 },
      (_, i) =>
        buildUic(UIC_RECIPES.default, {
          motherFirstName: `Madrexl${i}`,
          fatherFirstName: `Padrexl${i}`,
          birthDate: `199${i}-0${i + 1}-1${i}`,
        }).code,
    );
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Registro');
    sheet.addRow(['UIC', 'Edad', 'Primer contacto', 'Promotora', 'Dónde trabaja']);
    codes.forEach((code, i) =>
      sheet.addRow([
        code.toLowerCase(),
        '18 a 24',
        new Date(Date.UTC(2024, 0, i + 1)),
        promotora.username,
        'Calle, Hotel',
      ]),
    );
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = await memberCount();
    const job = await upload('registro.xlsx', bytes);
    expect(job.mapping).toMatchObject({
      'uic.code': 0,
      ageBand: 1,
      firstContactOn: 2,
      assignedUsername: 3,
      workSettings: 4,
    });
    const checked = await preview(job);
    expect(checked.errors).toEqual([]);
    expect(checked.job.counts).toMatchObject({ total: 4, valid: 4 });
    const { final } = await confirmAndWait(checked.job);
    expect(final.counts.created).toBe(4);
    expect(await memberCount()).toBe(before + 4);
    const rows = await t.db
      .select()
      .from(members)
      .where(and(eq(members.orgId, orgId), eq(members.assignedUserId, promotora.userId)));
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.firstContactOn).sort()).toEqual([
      '2024-01-01',
      '2024-01-02',
      '2024-01-03',
      '2024-01-04',
    ]);
    expect(rows[0]!.workSettings).toEqual(['street', 'hotel']);
    // The promotora sees them in her caseload.
    const list = await promotoraAgent.get(`/api/orgs/${orgId}/members?limit=50`);
    expect(list.json<{ members: unknown[] }>().members.length).toBeGreaterThanOrEqual(4);
  });

  it('answers row-level errors in plain Spanish with the row number and the column, and imports only the good rows', async () => {
    const csv = [
      'madre,padre,nacimiento,edad,clientes por semana,promotora',
      'Ana,Luis,1990-01-01,25 a 34,3,', // row 2: good
      ',,,18 a 24,2,', // row 3: no code
      'Bea,Jose,31/02/1990,18 a 24,2,', // row 4: impossible date
      'Ana,Luis,1990-01-01,25 a 34,3,', // row 5: same person as row 2
      'Cira,Mario,1985-05-05,veinte,1,', // row 6: age not an option
      'Dora,Nico,1985-05-06,25 a 34,muchos,', // row 7: not a number
      'Eva,Olga,1985-05-07,25 a 34,1,nadie', // row 8: unknown account
    ].join('\n');
    const before = await memberCount();
    const job = await upload('con-errores.csv', csv);
    const checked = await preview(job);
    expect(checked.job.counts).toMatchObject({ total: 7, valid: 1, errors: 6 });
    expect(checked.errors.map((e) => e.message)).toEqual([
      'Fila 3, columna «madre»: falta el código único o sus respuestas',
      'Fila 4, columna «nacimiento»: la respuesta no sirve para el código único (revise el formato)',
      'Fila 5: es la misma persona que la fila 2',
      'Fila 6, columna «edad»: no es una de las opciones del formulario',
      'Fila 7, columna «clientes por semana»: debe ser un número entero entre 0 y 500',
      'Fila 8, columna «promotora»: no hay una cuenta con ese usuario en la organización',
    ]);
    expect(checked.errors[1]).toMatchObject({
      row: 4,
      column: 'nacimiento',
      field: 'uic.birthDate',
      code: 'uic_answer',
    });
    // Other languages
    const en = await coord.request({
      method: 'POST',
      url: url(`/${job.id}/preview`),
      body: { mapping: job.mapping },
      headers: { 'accept-language': 'en' },
    });
    expect(en.json<ImportPreview>().errors[0]!.message).toBe(
      'Row 3, column “madre”: the unique code or its answers are missing',
    );
    const pt = await coord.request({
      method: 'POST',
      url: url(`/${job.id}/preview`),
      body: { mapping: job.mapping },
      headers: { 'accept-language': 'pt-BR' },
    });
    expect(pt.json<ImportPreview>().errors[0]!.message).toBe(
      'Linha 3, coluna «madre»: falta o código único ou as suas respostas',
    );
    expect(await memberCount()).toBe(before);
    const { final } = await confirmAndWait(checked.job);
    expect(final.counts).toMatchObject({ created: 1, errors: 6 });
    expect(await memberCount()).toBe(before + 1);
  });

  it('reports progress while a large file is written in batches', async () => {
    const header = 'UIC,Edad';
    const lines = Array.from({ length: 1200 }, (_, i) => {
      const code = buildUic(UIC_RECIPES.default, {
        motherFirstName: 'Progreso',
        fatherFirstName: 'Lote',
        birthDate: `${1950 + (i % 50)}-03-${String(1 + Math.floor(i / 50)).padStart(2, '0')}`,
      }).code;
      return `${code},25 a 34`;
    });
    const job = await upload('grande.csv', [header, ...lines].join('\n'));
    const checked = await preview(job);
    expect(checked.job.counts.valid).toBe(1200);
    const { final, seen } = await confirmAndWait(checked.job);
    expect(final.counts).toMatchObject({ processed: 1200, created: 1200 });
    // Progress only moves forward, by whole batches.
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.every((n) => n % 500 === 0 || n === 1200)).toBe(true);
  }, 120_000);

  it('refuses what it cannot read, with the field named', async () => {
    expectError(
      await coord.post(url(), {
        kind: 'members',
        fileName: 'vacio.csv',
        contentBase64: b64('solo,titulos\n'),
      }),
      400,
      { code: 'validation' },
    );
    expectError(
      await coord.post(url(), { kind: 'members', fileName: 'roto.xlsx', contentBase64: b64('no es un zip') }),
      400,
      { code: 'validation' },
    );
    expectError(
      await coord.post(url(), { kind: 'members', fileName: 'texto.txt', contentBase64: b64('a,b\n1,2') }),
      400,
      { code: 'validation' },
    );
    const job = await upload('sin-codigo.csv', 'edad\n25 a 34\n');
    const response = await coord.post(url(`/${job.id}/preview`), { mapping: { ageBand: 0 } });
    expectError(response, 400, { code: 'validation' });
    expect(response.json<{ error: { message: string } }>().error.message).toContain('código único');
  });

  it('accepts an upload above the 64 KiB body limit of other routes', async () => {
    const lines = Array.from({ length: 8000 }, (_, i) => `ZZZ${i},25 a 34`);
    const csv = ['UIC,Edad', ...lines].join('\n');
    expect(Buffer.byteLength(csv)).toBeGreaterThan(64 * 1024);
    const job = await upload('grande.csv', csv);
    expect(job.counts.total).toBe(8000);
  });

  it('refuses a body above its own limit with 413, before anything is read', async () => {
    const response = await coord.post(url(), {
      kind: 'members',
      fileName: 'enorme.csv',
      contentBase64: 'A'.repeat(IMPORT_LIMITS.uploadBodyBytes),
    });
    expect(response.statusCode).toBe(413);
  });

  it('cancelling wipes the file; a cancelled import cannot be confirmed', async () => {
    const job = await upload('registro.csv', goodCsv);
    const cancelled = await coord.post(url(`/${job.id}/cancel`));
    expect(cancelled.json<ImportJobView>().status).toBe('cancelled');
    expectError(await coord.post(url(`/${job.id}/confirm`)), 409, { code: 'conflict' });
    expectError(await coord.post(url(`/${job.id}/preview`), { mapping: job.mapping }), 409, {
      code: 'conflict',
    });
  });

  it('is for coordinators and admins only, and one organization never reaches another one’s imports', async () => {
    expectError(
      await promotoraAgent.post(url(), { kind: 'members', fileName: 'r.csv', contentBase64: b64(goodCsv) }),
      403,
      { code: 'forbidden' },
    );
    const job = await upload('registro.csv', goodCsv);
    expectError(await promotoraAgent.get(url(`/${job.id}`)), 403, { code: 'forbidden' });
    const other = await buildOrganization(t);
    const otherCoord = await signIn(t, await buildUser(t, { orgId: other.id, role: 'coordinator' }));
    expectError(await otherCoord.get(`/api/orgs/${other.id}/imports/${job.id}`), 404, { code: 'not_found' });
  });
});

describe('imports of contacts', () => {
  async function contactCount(): Promise<number> {
    const [row] = await t.db.select({ n: count() }).from(contacts).where(eq(contacts.orgId, orgId));
    return row!.n;
  }

  it('writes the contacts of registered members and anonymous tallies; the same file again adds nothing', async () => {
    // The members of the first test, by their answers; a tally; and rows with errors.
    const csv = [
      'Nombre madre,Nombre padre,Fecha de nacimiento,Fecha,Condones,Lubricante,Autopruebas,Anónimas,Promotora',
      `${ANSWERS[0]!.mother},${ANSWERS[0]!.father},${ANSWERS[0]!.birth},05/03/2024,10,2,1,,${promotora.username}`,
      `${ANSWERS[0]!.mother},${ANSWERS[0]!.father},${ANSWERS[0]!.birth},05/03/2024,10,2,1,,${promotora.username}`,
      `${ANSWERS[1]!.mother},${ANSWERS[1]!.father},${ANSWERS[1]!.birth},2024-03-06,5,0,0,,`,
      ',,,2024-03-06,20,5,0,3,',
      'Nadie,Ninguno,1990-01-01,2024-03-06,1,0,0,,', // row 6: not registered
      `${ANSWERS[2]!.mother},${ANSWERS[2]!.father},${ANSWERS[2]!.birth},2099-01-01,1,0,0,,`, // row 7: future
      `${ANSWERS[2]!.mother},${ANSWERS[2]!.father},${ANSWERS[2]!.birth},2024-03-07,5000,0,0,,`, // row 8: too many
    ].join('\n');
    const before = await contactCount();
    const job = await upload('contactos.csv', csv, 'contacts');
    expect(job.mapping).toMatchObject({
      contactedOn: 3,
      condoms: 4,
      lubricant: 5,
      hivSelfTests: 6,
      anonymousCount: 7,
    });
    const checked = await preview(job, { ...job.mapping, promotoraUsername: 8 });
    expect(checked.errors.map((e) => e.message)).toEqual([
      'Fila 6, columna «Nombre madre»: no hay ninguna persona registrada con ese código único',
      'Fila 7, columna «Fecha»: la fecha debe estar entre 2000-01-01 y hoy',
      'Fila 8, columna «Condones»: debe ser un número entero entre 0 y 1000',
    ]);
    expect(checked.job.counts).toMatchObject({ total: 7, valid: 4, errors: 3, existing: 0 });
    expect(await contactCount()).toBe(before);
    const { final } = await confirmAndWait(checked.job);
    expect(final.counts).toMatchObject({ created: 4, skipped: 0 });
    expect(await contactCount()).toBe(before + 4);
    const tally = await t.db
      .select()
      .from(contacts)
      .where(and(eq(contacts.orgId, orgId), eq(contacts.anonymousCount, 3)));
    expect(tally).toHaveLength(1);
    expect(tally[0]).toMatchObject({ condoms: 20, lubricant: 5, memberId: null });
    const hers = await t.db
      .select()
      .from(contacts)
      .where(and(eq(contacts.orgId, orgId), eq(contacts.promotoraUserId, promotora.userId)));
    expect(hers).toHaveLength(2); // two identical rows are two contacts

    const again = await upload('contactos.csv', csv, 'contacts');
    const rechecked = await preview(again, { ...again.mapping, promotoraUsername: 8 });
    expect(rechecked.job.counts).toMatchObject({ valid: 4, existing: 4 });
    const second = await confirmAndWait(rechecked.job);
    expect(second.final.counts).toMatchObject({ created: 0, skipped: 4 });
    expect(await contactCount()).toBe(before + 4);
  });
});
