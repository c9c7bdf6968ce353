import { z } from 'zod';

/**
 * Files kept in the encrypted file store (evidence photos and documents, assessment evidence,
 * organizational documents). Shared by the server (validation) and the web (file pickers).
 */
export const FILE_LIMITS = {
  /** Largest file accepted (bytes, before base64). */
  fileBytes: 10 * 1024 * 1024,
  /** Body limit of an upload route: the file in base64 (4/3) plus the JSON around it. */
  uploadBodyBytes: Math.ceil((10 * 1024 * 1024 * 4) / 3) + 64 * 1024,
  fileNameMax: 200,
} as const;

/** Types the store accepts: photos (JPEG, PNG, metadata stripped) and PDF documents. */
export const ALLOWED_FILE_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export const FileContentType = z.enum(ALLOWED_FILE_TYPES);
export type FileContentType = z.infer<typeof FileContentType>;

/** What a file input of the web app accepts (`accept` attribute). */
export const FILE_ACCEPT = ALLOWED_FILE_TYPES.join(',');

/** A file name as the user's device gave it (encrypted at rest; never logged or audited). */
export const FileName = z
  .string()
  .trim()
  .min(1)
  .max(FILE_LIMITS.fileNameMax)
  // No path separators or control characters: the name is shown and offered back as a download name.
  .refine(
    (name) =>
      ![...name].some((ch) => ch === '/' || ch === '\\' || ch.charCodeAt(0) < 0x20 || ch === '\u007f'),
    {
      message: 'invalid_format',
    },
  );

/** The file in base64 inside JSON, like the spreadsheet import. */
export const FileBase64 = z
  .string()
  .min(4)
  .max(FILE_LIMITS.uploadBodyBytes)
  // A plain character class: a grouped pattern repeated millions of times overflows the regex stack.
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'base64' })
  .refine((value) => value.length % 4 === 0, { message: 'base64' });

/** An upload: name, declared type (checked against the file's first bytes) and content. */
export const FileUploadInput = z.strictObject({
  fileName: FileName,
  contentType: FileContentType,
  contentBase64: FileBase64,
});
export type FileUploadInput = z.infer<typeof FileUploadInput>;

/** Metadata of a stored file that may be shown beside it (no name: the name is sensitive). */
export const StoredFileMeta = z.strictObject({
  id: z.uuid(),
  contentType: FileContentType,
  sizeBytes: z.number().int().nonnegative(),
  /** SHA-256 (hex) of the bytes as uploaded: what the uploader can compare with her copy. */
  sha256Original: z.string().regex(/^[0-9a-f]{64}$/),
  /** SHA-256 (hex) of the bytes as stored (after image metadata was removed). */
  sha256Stored: z.string().regex(/^[0-9a-f]{64}$/),
});
export type StoredFileMeta = z.infer<typeof StoredFileMeta>;

/** Number of bytes a base64 string decodes to (without decoding it). */
export function base64DecodedBytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}
