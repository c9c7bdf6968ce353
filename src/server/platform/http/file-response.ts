import { z } from 'zod';

/**
 * A file a route answers with instead of JSON (exports, evidence downloads, PDF reports). Only read
 * routes (GET, not `write`) may answer files: a write's answer is stored for idempotent replays,
 * and files do not belong there.
 */
export class FileDownload {
  constructor(
    /** Shown to the user's browser as the download's name (any Unicode; an ASCII fallback is sent too). */
    readonly filename: string,
    readonly contentType: string,
    readonly body: Buffer,
  ) {}
}

/** The response schema of a route that answers a file. */
export const FileDownloadResponse = z.instanceof(FileDownload);

const ASCII_FALLBACK = /[^\x20-\x7e]|["\\%;]/g;

/** `Content-Disposition: attachment` with an RFC 6266 / 5987 UTF-8 name and an ASCII fallback. */
export function attachmentDisposition(filename: string): string {
  const fallback = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(ASCII_FALLBACK, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
