import { z } from 'zod';
import { Uuid } from './common.schemas';

/**
 * Importing an existing register (CSV or XLSX): upload → map columns → preview with row errors →
 * confirm → progress → summary. Nothing is written to the registry before the confirmation.
 */
export const IMPORT_KINDS = ['members', 'contacts'] as const;
export const ImportKind = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof ImportKind>;

export const IMPORT_LIMITS = {
  /** Largest file accepted (bytes, before base64). */
  fileBytes: 10 * 1024 * 1024,
  /** Body limit of the upload route: the file in base64 (4/3) plus the JSON around it. */
  uploadBodyBytes: Math.ceil((10 * 1024 * 1024 * 4) / 3) + 64 * 1024,
  maxRows: 50_000,
  maxColumns: 200,
  /** Cell text kept (longer cells are an error of their row). */
  cellChars: 4000,
  /** Row errors answered by a preview (the counts are always complete). */
  errorsShown: 200,
  /** Valid rows shown in the preview. */
  sampleRows: 5,
  /** Rows written per transaction on confirm. */
  batchRows: 500,
} as const;

/**
 * The columns an import can fill. `uic.code` is a precomputed code of the network's recipe;
 * `uic.<questionId>` are the recipe's answers, from which the server builds the code (then hashes it
 * and drops both). Either the code or the answers identify the person.
 */
export const MEMBER_IMPORT_FIELDS = [
  'ageBand',
  'genderIdentity',
  'workSettings',
  'firstContactOn',
  'riskFlags',
  'leadershipRoles',
  'partnersPerWeek',
  'actsPerPartner',
  'assignedUsername',
  'notes',
] as const;
export const CONTACT_IMPORT_FIELDS = [
  'contactedOn',
  'anonymousCount',
  'condoms',
  'lubricant',
  'hivSelfTests',
  'promotoraUsername',
] as const;
export type MemberImportField = (typeof MEMBER_IMPORT_FIELDS)[number];
export type ContactImportField = (typeof CONTACT_IMPORT_FIELDS)[number];

/** Fields a row must have (besides the person's code, or the anonymous count for contacts). */
export const REQUIRED_IMPORT_FIELDS: Record<ImportKind, readonly string[]> = {
  members: [],
  contacts: ['contactedOn'],
};

/** The field key of a UIC answer column, or of the precomputed code. */
export const UIC_CODE_FIELD = 'uic.code';
export const uicAnswerField = (questionId: string) => `uic.${questionId}`;

const FieldKey = z.string().regex(/^(uic\.)?[A-Za-z]{1,40}$/);

/** Field → column index (0-based) of the uploaded sheet; unmapped fields are left out. */
export const ImportMapping = z
  .record(
    FieldKey,
    z
      .int()
      .min(0)
      .max(IMPORT_LIMITS.maxColumns - 1),
  )
  .refine((mapping) => Object.keys(mapping).length <= 40, { message: 'too_many' });
export type ImportMapping = z.infer<typeof ImportMapping>;

/** The upload: the file in base64 inside JSON (see docs: "Import"). */
export const ImportUploadInput = z.strictObject({
  id: Uuid.optional(),
  kind: ImportKind,
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/\.(csv|xlsx)$/i, { message: 'file_type' }),
  contentBase64: z
    .string()
    .min(1)
    .max(IMPORT_LIMITS.uploadBodyBytes)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'base64' }),
});
export type ImportUploadInput = z.infer<typeof ImportUploadInput>;

export const ImportPreviewInput = z.strictObject({ mapping: ImportMapping });
export type ImportPreviewInput = z.infer<typeof ImportPreviewInput>;

export const ImportParams = z.strictObject({ orgId: z.uuid(), importId: z.uuid() });
export type ImportParams = z.infer<typeof ImportParams>;

export const IMPORT_STATUSES = ['uploaded', 'previewed', 'running', 'done', 'failed', 'cancelled'] as const;
export const ImportStatus = z.enum(IMPORT_STATUSES);
export type ImportStatus = z.infer<typeof ImportStatus>;

/** One problem of one row: the sheet's row number (1 = header), its column, and a plain message. */
export const ImportRowError = z.strictObject({
  row: z.number(),
  column: z.string().nullable(),
  field: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowError>;

export const ImportCounts = z.strictObject({
  total: z.number(),
  valid: z.number(),
  errors: z.number(),
  /** Valid rows already in the registry (same person, or the same contact imported before). */
  existing: z.number(),
  processed: z.number(),
  created: z.number(),
  skipped: z.number(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

/** A valid row as it will be written, without anything that identifies the person. */
export const ImportSampleRow = z.strictObject({
  row: z.number(),
  existing: z.boolean(),
  values: z.record(z.string(), z.string()),
});
export type ImportSampleRow = z.infer<typeof ImportSampleRow>;

export const ImportJobView = z.strictObject({
  id: z.string(),
  kind: ImportKind,
  status: ImportStatus,
  fileName: z.string().nullable(),
  /** Column headers of the sheet (first row). */
  headers: z.array(z.string()),
  /** A mapping guessed from the headers, or the one chosen at preview. */
  mapping: z.record(z.string(), z.number()),
  /** Fields that may be mapped, in form order (for members and contacts: the recipe's answers too). */
  fields: z.array(z.string()),
  recipeId: z.string(),
  counts: ImportCounts,
  /** Whether an earlier import of this organization had the very same file. */
  sameFileImportedBefore: z.boolean(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJobView = z.infer<typeof ImportJobView>;

export const ImportPreview = z.strictObject({
  job: ImportJobView,
  errors: z.array(ImportRowError),
  sample: z.array(ImportSampleRow),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportJobList = z.strictObject({ imports: z.array(ImportJobView) });
export type ImportJobList = z.infer<typeof ImportJobList>;
