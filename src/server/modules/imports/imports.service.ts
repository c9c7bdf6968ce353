import crypto from 'node:crypto';
import { newId } from '../../../domain/ids';
import {
  IMPORT_LIMITS,
  REQUIRED_IMPORT_FIELDS,
  UIC_CODE_FIELD,
  type ImportJobView,
  type ImportKind,
  type ImportMapping,
  type ImportPreview,
  type ImportRowError,
  type ImportSampleRow,
  type ImportUploadInput,
} from '../../../domain/imports.schemas';
import type { Locale } from '../../../domain/locales';
import { getUicRecipe, type UicRecipe } from '../../../domain/uic';
import { translate } from '../../../i18n/translate';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import type { Tx } from '../../platform/db/client';
import { memberSettings } from '../members/member-settings';
import { getNetworkUicRecipeId } from '../registry-settings/registry-settings.service';
import { parseSheet, type ParsedSheet } from './imports.parse';
import { presentJob } from './imports.presenter';
import * as repo from './imports.repo';
import {
  checkCellLengths,
  guessMapping,
  importFields,
  readContactValues,
  readMemberValues,
  rowIdentity,
  RowInvalid,
  type RowProblem,
} from './imports.rows';
import type { StoredContactRow, StoredMemberRow, StoredRow } from './imports.stored';
import {
  importFileColumn,
  importFileNameColumn,
  importHeadersColumn,
  importRowsColumn,
} from './imports.tables';
import { writeContactBatch } from './imports.contacts-writer';
import { writeMemberBatch } from './imports.members-writer';

const aad = (column: { aad: (key: Record<string, string>) => string }, orgId: string, id: string) =>
  column.aad({ org_id: orgId, id });

const invalid = (field: string, reason: string) => new AppError('validation', { field, params: { reason } });

/** A deterministic id (UUID version 8) from the organization and a row's natural key. */
export function derivedId(...parts: string[]): string {
  const bytes = crypto.createHash('sha256').update(parts.join('\u0000')).digest().subarray(0, 16);
  bytes[6] = 0x80 | (bytes[6]! & 0x0f);
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

async function requireJob(c: OrgServiceContext, id: string): Promise<repo.ImportJobRow> {
  const job = await repo.findJob(c.db, c.org.orgId, id);
  if (!job) throw new AppError('not_found');
  return job;
}

async function decryptHeaders(c: OrgServiceContext, job: repo.ImportJobRow): Promise<string[]> {
  const text = await c.deps.keyring.decryptNullable(
    c.org.orgId,
    job.headersEnc,
    aad(importHeadersColumn, job.orgId, job.id),
  );
  return text ? (JSON.parse(text) as string[]) : [];
}

async function view(c: OrgServiceContext, job: repo.ImportJobRow): Promise<ImportJobView> {
  const recipe = getUicRecipe(job.recipeId as never);
  return presentJob(job, {
    headers: await decryptHeaders(c, job),
    fileName: await c.deps.keyring.decryptNullable(
      c.org.orgId,
      job.fileNameEnc,
      aad(importFileNameColumn, job.orgId, job.id),
    ),
    fields: importFields(job.kind as ImportKind, recipe),
    sameFileImportedBefore: await repo.sameFileDoneBefore(c.db, job.orgId, job.id, job.fileSha256),
  });
}

function decodeFile(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw invalid('contentBase64', 'empty_file');
  if (bytes.length > IMPORT_LIMITS.fileBytes) throw invalid('contentBase64', 'too_large');
  return bytes;
}

/**
 * Receives a spreadsheet and reads its header row. Nothing is written to the registry: the file is
 * kept encrypted until the import is confirmed or cancelled, and a mapping is guessed from the headers.
 */
export async function uploadImport(ctx: ServiceContext, input: ImportUploadInput): Promise<ImportJobView> {
  const c = orgContext(ctx);
  const id = input.id ?? newId(c.now.getTime());
  const already = await repo.findJob(c.db, c.org.orgId, id);
  if (already) {
    if (already.createdBy !== c.actor.userId) throw new AppError('conflict', { field: 'id' });
    return view(c, already);
  }
  const bytes = decodeFile(input.contentBase64);
  const sheet = await parseSheet(input.fileName, bytes);
  const recipeId = await getNetworkUicRecipeId(c.db, c.org.networkId);
  const fields = importFields(input.kind, getUicRecipe(recipeId));
  const orgId = c.org.orgId;
  const row: repo.ImportJobRow = {
    orgId,
    id,
    kind: input.kind,
    fileSha256: crypto.createHash('sha256').update(bytes).digest(),
    fileNameEnc: await c.deps.keyring.encryptNullable(
      orgId,
      input.fileName,
      aad(importFileNameColumn, orgId, id),
    ),
    fileEnc: await c.deps.keyring.encryptNullable(
      orgId,
      input.contentBase64,
      aad(importFileColumn, orgId, id),
    ),
    headersEnc: await c.deps.keyring.encryptNullable(
      orgId,
      JSON.stringify(sheet.headers),
      aad(importHeadersColumn, orgId, id),
    ),
    rowsEnc: null,
    status: 'uploaded',
    recipeId,
    mapping: guessMapping(fields, sheet.headers),
    totalRows: sheet.rows.length,
    validRows: 0,
    errorRows: 0,
    existingRows: 0,
    processedRows: 0,
    createdRows: 0,
    skippedRows: 0,
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
    confirmedAt: null,
    finishedAt: null,
  };
  if (!(await repo.insertJob(c.db, row))) throw new AppError('conflict', { field: 'id' });
  await c.audit({
    action: 'import.uploaded',
    resourceType: 'import',
    resourceId: id,
    details: { kind: input.kind, rows: sheet.rows.length, columns: sheet.headers.length },
  });
  return view(c, row);
}

export async function getImport(ctx: ServiceContext, id: string): Promise<ImportJobView> {
  const c = orgContext(ctx);
  return view(c, await requireJob(c, id));
}

export async function listImports(ctx: ServiceContext): Promise<ImportJobView[]> {
  const c = orgContext(ctx);
  const jobs = await repo.listJobs(c.db, c.org.orgId, 20);
  return Promise.all(jobs.map((job) => view(c, job)));
}

function checkMapping(kind: ImportKind, recipe: UicRecipe, mapping: ImportMapping, headers: string[]) {
  const fields = new Set(importFields(kind, recipe));
  for (const [field, column] of Object.entries(mapping)) {
    if (!fields.has(field)) throw invalid('mapping', 'unknown_field');
    if (column >= headers.length) throw invalid('mapping', 'unknown_column');
  }
  const identifies = Object.keys(mapping).some((field) => field.startsWith('uic.'));
  if (kind === 'members' && !identifies) throw invalid('mapping', 'uic_required');
  if (kind === 'contacts' && !identifies && mapping.anonymousCount === undefined)
    throw invalid('mapping', 'uic_required');
  for (const field of REQUIRED_IMPORT_FIELDS[kind])
    if (mapping[field] === undefined) throw invalid('mapping', 'required');
}

interface ReadResult {
  rows: StoredRow[];
  problems: { row: number; problem: RowProblem }[];
  existing: number;
  sample: ImportSampleRow[];
}

/** Reads every row: builds and hashes the code (then drops it), checks each value like the forms do. */
async function readRows(
  c: OrgServiceContext,
  job: repo.ImportJobRow,
  sheet: ParsedSheet,
  mapping: ImportMapping,
): Promise<ReadResult> {
  const recipe = getUicRecipe(job.recipeId as never);
  const kind = job.kind as ImportKind;
  const settings = await memberSettings(c.db, c.org.orgId);
  const problems: ReadResult['problems'] = [];
  const parsed: {
    row: number;
    hash: string | null;
    fallbacks: string[];
    member?: ReturnType<typeof readMemberValues>;
    contact?: ReturnType<typeof readContactValues>;
  }[] = [];
  const firstRowOfHash = new Map<string, number>();
  // The column a missing code is reported in: the code's, else the first answer's.
  const identityField =
    mapping[UIC_CODE_FIELD] !== undefined
      ? UIC_CODE_FIELD
      : (Object.keys(mapping)
          .filter((field) => field.startsWith('uic.'))
          .sort((a, b) => mapping[a]! - mapping[b]!)[0] ?? null);
  sheet.rows.forEach((cells, index) => {
    const rowNumber = sheet.rowNumbers[index]!;
    const cell = (field: string) => {
      const column = mapping[field];
      return column === undefined ? '' : (cells[column] ?? '').trim();
    };
    try {
      checkCellLengths(cells);
      const identity = rowIdentity(recipe, mapping, cell);
      const hash = identity ? c.deps.uic.hash(c.org.networkId, identity.code).toString('hex') : null;
      if (kind === 'members') {
        if (!hash) throw new RowInvalid({ field: identityField, code: 'uic_missing' });
        const first = firstRowOfHash.get(hash);
        if (first !== undefined)
          throw new RowInvalid({ field: null, code: 'duplicate_in_file', params: { other: first } });
        firstRowOfHash.set(hash, rowNumber);
        parsed.push({
          row: rowNumber,
          hash,
          fallbacks: identity!.fallbacksUsed,
          member: readMemberValues(cell, settings.riskFlagKeys),
        });
      } else {
        const contact = readContactValues(cell, c.now.toISOString().slice(0, 10));
        // A row of a registered member is her contact; the anonymous count is for tallies only.
        if (hash) delete contact.anonymousCount;
        if (!hash && !contact.anonymousCount)
          throw new RowInvalid({ field: identityField, code: 'uic_or_anonymous' });
        parsed.push({ row: rowNumber, hash, fallbacks: [], contact });
      }
    } catch (error) {
      if (!(error instanceof RowInvalid)) throw error;
      problems.push({ row: rowNumber, problem: error.problem });
    }
  });

  // Accounts named in the sheet, and the people already registered.
  const names = [
    ...new Set(
      parsed
        .map((p) => p.member?.assignedUsername ?? p.contact?.promotoraUsername)
        .filter((n): n is string => !!n),
    ),
  ];
  const accounts = await repo.usersByName(c.db, c.org.orgId, names);
  const known = await repo.membersByHash(
    c.db,
    c.org.orgId,
    parsed.filter((p) => p.hash).map((p) => Buffer.from(p.hash!, 'hex')),
  );
  const rows: StoredRow[] = [];
  const sample: ImportSampleRow[] = [];
  const seenContacts = new Map<string, number>();
  let existing = 0;
  for (const p of parsed) {
    const username = p.member?.assignedUsername ?? p.contact?.promotoraUsername;
    const account = username ? accounts.get(username) : undefined;
    const field = kind === 'members' ? 'assignedUsername' : 'promotoraUsername';
    if (username && (!account || !account.active || account.role !== 'promotora')) {
      problems.push({ row: p.row, problem: { field, code: account ? 'not_a_promotora' : 'unknown_user' } });
      continue;
    }
    if (kind === 'members') {
      const { assignedUsername: _name, ...values } = p.member!;
      const isExisting = known.has(p.hash!);
      if (isExisting) existing++;
      const stored: StoredMemberRow = {
        row: p.row,
        // Deterministic, so two racing confirms insert her once, but derived from a keyed tag of the
        // hash (system key, inside the database) rather than from the hash itself: an id that staff
        // see everywhere must not be computable from a UIC and the network key alone.
        id: derivedId(c.org.orgId, 'member', await c.deps.keyring.keyedTag('import-member-id', p.hash!)),
        hash: p.hash!,
        recipeId: recipe.id,
        fallbacks: p.fallbacks,
        values: { ...values, ...(account ? { assignedUserId: account.userId } : {}) },
      };
      rows.push(stored);
      if (sample.length < IMPORT_LIMITS.sampleRows)
        sample.push(sampleOf(stored.row, isExisting, values, username));
    } else {
      const memberId = p.hash ? known.get(p.hash) : null;
      if (p.hash && !memberId) {
        problems.push({ row: p.row, problem: { field: identityField, code: 'member_not_found' } });
        continue;
      }
      const { promotoraUsername: _name, ...values } = p.contact!;
      // The natural key of a contact: who, when, what was given; the nth identical row of a sheet is
      // its own contact, and the same sheet imported again derives the same ids.
      const key = JSON.stringify([memberId ?? 'anonymous', values, account?.userId ?? c.actor.userId]);
      const occurrence = (seenContacts.get(key) ?? 0) + 1;
      seenContacts.set(key, occurrence);
      const stored: StoredContactRow = {
        row: p.row,
        id: derivedId(c.org.orgId, 'contact', key, String(occurrence)),
        memberId: memberId ?? null,
        values: { ...values, promotoraUserId: account?.userId ?? c.actor.userId },
      };
      rows.push(stored);
    }
  }
  if (kind === 'contacts') {
    const contactRows = rows as StoredContactRow[];
    const imported = await repo.existingContactIds(
      c.db,
      c.org.orgId,
      contactRows.map((row) => row.id),
    );
    existing = imported.size;
    for (const row of contactRows.slice(0, IMPORT_LIMITS.sampleRows)) {
      const { promotoraUserId: _user, ...values } = row.values;
      sample.push(sampleOf(row.row, imported.has(row.id), values));
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { rows, problems, existing, sample };
}

function sampleOf(
  row: number,
  existing: boolean,
  values: Record<string, string | number | string[] | undefined>,
  username?: string,
): ImportSampleRow {
  const shown: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key === 'notes' || value === undefined) continue;
    shown[key] = Array.isArray(value) ? value.join(', ') : `${value}`;
  }
  if (username) shown.promotora = username;
  return { row, existing, values: shown };
}

function translateProblem(
  locale: Locale,
  headers: string[],
  mapping: ImportMapping,
  { row, problem }: { row: number; problem: RowProblem },
): ImportRowError {
  const columnIndex = problem.field ? mapping[problem.field] : undefined;
  const column = columnIndex === undefined ? null : (headers[columnIndex] ?? null);
  const params = { ...problem.params, row, column: column ?? '' };
  const detail = translate(locale, `imports.rowErrors.${problem.code}`, params);
  const message = column
    ? translate(locale, 'imports.rowErrorAt', { row, column, detail })
    : translate(locale, 'imports.rowErrorRow', { row, detail });
  return { row, column, field: problem.field, code: problem.code, message };
}

async function loadSheet(c: OrgServiceContext, job: repo.ImportJobRow): Promise<ParsedSheet> {
  const base64 = await c.deps.keyring.decryptNullable(
    c.org.orgId,
    job.fileEnc,
    aad(importFileColumn, job.orgId, job.id),
  );
  const fileName = await c.deps.keyring.decryptNullable(
    c.org.orgId,
    job.fileNameEnc,
    aad(importFileNameColumn, job.orgId, job.id),
  );
  if (!base64 || !fileName) throw new AppError('conflict', { field: 'status' });
  return parseSheet(fileName, Buffer.from(base64, 'base64'));
}

/**
 * Checks every row with the chosen mapping and answers the row errors in the caller's language.
 * The rows ready to write are kept encrypted, the UIC already hashed. Still nothing in the registry.
 */
export async function previewImport(
  ctx: ServiceContext,
  id: string,
  mapping: ImportMapping,
  locale: Locale,
): Promise<ImportPreview> {
  const c = orgContext(ctx);
  const job = await requireJob(c, id);
  if (job.status !== 'uploaded' && job.status !== 'previewed')
    throw new AppError('conflict', { field: 'status' });
  // Codes are built and hashed under the network's recipe: one changed since the upload cannot match.
  if (job.recipeId !== (await getNetworkUicRecipeId(c.db, c.org.networkId)))
    throw new AppError('conflict', { field: 'recipeId' });
  const headers = await decryptHeaders(c, job);
  checkMapping(job.kind as ImportKind, getUicRecipe(job.recipeId), mapping, headers);
  const sheet = await loadSheet(c, job);
  const result = await readRows(c, job, sheet, mapping);
  const errorRows = new Set(result.problems.map((p) => p.row)).size;
  const changes: repo.ImportJobChanges = {
    status: 'previewed',
    mapping,
    rowsEnc: await c.deps.keyring.encryptNullable(
      c.org.orgId,
      JSON.stringify(result.rows),
      aad(importRowsColumn, job.orgId, job.id),
    ),
    validRows: result.rows.length,
    errorRows,
    existingRows: result.existing,
    updatedAt: c.now,
  };
  await repo.updateJob(c.db, job.orgId, job.id, changes);
  await c.audit({
    action: 'import.previewed',
    resourceType: 'import',
    resourceId: job.id,
    details: { valid: result.rows.length, errors: errorRows, existing: result.existing },
  });
  return {
    job: await view(c, { ...job, ...changes }),
    errors: result.problems
      .slice(0, IMPORT_LIMITS.errorsShown)
      .map((problem) => translateProblem(locale, headers, mapping, problem)),
    sample: result.sample,
  };
}

/** Jobs being written by this process (a job left "running" by a stopped process can be resumed). */
const running = new Set<string>();

/**
 * Starts writing a previewed import: rows go in batches, each in its own transaction with its audit
 * rows, and the progress is recorded after each batch (the web polls it). The file is wiped now.
 */
export async function confirmImport(ctx: ServiceContext, id: string): Promise<ImportJobView> {
  const c = orgContext(ctx);
  const job = await requireJob(c, id);
  const resumable =
    (job.status === 'running' || job.status === 'failed') && !running.has(job.id) && job.rowsEnc !== null;
  if (!resumable) {
    const moved = await c.deps.db.transaction(async (tx) => {
      const ok = await repo.moveJob(tx, job.orgId, job.id, ['previewed'], {
        status: 'running',
        fileEnc: null,
        confirmedAt: c.now,
        updatedAt: c.now,
      });
      if (ok)
        await c.audit(
          {
            action: 'import.confirmed',
            resourceType: 'import',
            resourceId: job.id,
            details: { rows: job.validRows },
          },
          { tx },
        );
      return ok;
    });
    if (!moved) throw new AppError('conflict', { field: 'status' });
  }
  running.add(job.id);
  const work = processJob(c, job.id).finally(() => running.delete(job.id));
  pending.add(work);
  void work.finally(() => pending.delete(work));
  return view(c, (await repo.findJob(c.deps.db, job.orgId, job.id))!);
}

const pending = new Set<Promise<void>>();
/** Waits for the imports being written (tests and an orderly shutdown). */
export async function settleImports(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}

async function processJob(c: OrgServiceContext, id: string): Promise<void> {
  const db = c.deps.db;
  const orgId = c.org.orgId;
  try {
    const job = (await repo.findJob(db, orgId, id))!;
    const text = await c.deps.keyring.decryptNullable(orgId, job.rowsEnc, aad(importRowsColumn, orgId, id));
    const rows = JSON.parse(text ?? '[]') as StoredRow[];
    let { processedRows: processed, createdRows: created, skippedRows: skipped } = job;
    while (processed < rows.length) {
      const batch = rows.slice(processed, processed + IMPORT_LIMITS.batchRows);
      await db.transaction(async (tx: Tx) => {
        const result =
          job.kind === 'members'
            ? await writeMemberBatch({ ...c, db: tx }, id, batch as StoredMemberRow[])
            : await writeContactBatch({ ...c, db: tx }, id, batch as StoredContactRow[]);
        processed += batch.length;
        created += result.created;
        skipped += result.skipped;
        await repo.updateJob(tx, orgId, id, {
          processedRows: processed,
          createdRows: created,
          skippedRows: skipped,
          updatedAt: new Date(),
        });
      });
    }
    await db.transaction(async (tx: Tx) => {
      await repo.updateJob(tx, orgId, id, {
        status: 'done',
        rowsEnc: null,
        finishedAt: new Date(),
        updatedAt: new Date(),
      });
      await c.audit(
        { action: 'import.finished', resourceType: 'import', resourceId: id, details: { created, skipped } },
        { tx },
      );
    });
  } catch {
    // The rows written so far stay (each batch committed whole); confirming again resumes after them.
    await repo.updateJob(db, orgId, id, { status: 'failed', updatedAt: new Date() }).catch(() => undefined);
  }
}

/** Cancels an import that was not confirmed: the file and the rows are wiped. */
export async function cancelImport(ctx: ServiceContext, id: string): Promise<ImportJobView> {
  const c = orgContext(ctx);
  const job = await requireJob(c, id);
  const moved = await repo.moveJob(c.db, job.orgId, job.id, ['uploaded', 'previewed'], {
    status: 'cancelled',
    fileEnc: null,
    rowsEnc: null,
    updatedAt: c.now,
    finishedAt: c.now,
  });
  if (!moved) throw new AppError('conflict', { field: 'status' });
  await c.audit({ action: 'import.cancelled', resourceType: 'import', resourceId: job.id });
  return view(c, (await repo.findJob(c.db, job.orgId, job.id))!);
}
