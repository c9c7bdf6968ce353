import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/ids';
import { buildOrganization, buildUser } from '../../testing/factories';
import { findInDatabase } from '../../testing/db-search';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { AppError } from '../errors';
import type { OrgServiceContext } from '../http/route-spec';
import {
  deleteStoredFile,
  readStoredFile,
  readStoredFileNames,
  storeFile,
  storedFileMeta,
  storeUpload,
} from './file-store';
import {
  GPS_LATITUDE_BYTES,
  PLAIN_JPEG,
  jpegWithGps,
  plainPng,
  pngWithGps,
  tinyPdf,
} from './files.test-support';
import { CryptoIntegrityError } from '../crypto/aes-gcm';
import { sql } from 'drizzle-orm';
import { rotateDataKey } from '../crypto/rotation';

let t: TestApp;
let ctx: OrgServiceContext;
let otherCtx: OrgServiceContext;

async function contextFor(orgId: string): Promise<OrgServiceContext> {
  const user = await buildUser(t, { orgId, role: 'coordinator' });
  return {
    deps: t.deps,
    db: t.db,
    now: t.clock.now(),
    actor: {
      userId: user.userId,
      username: user.username,
      sessionId: newId(),
      sessionState: 'active',
      sessionToken: 'x',
    },
    org: {
      orgId,
      orgName: 'Org',
      networkId: newId(),
      level: 'national',
      role: 'coordinator',
      membershipId: user.membershipId!,
      localGroupId: null,
    },
    audit: async () => {},
  };
}

async function validationReason(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation') {
      return `${error.options.field}:${String(error.options.params?.reason)}`;
    }
    throw error;
  }
  throw new Error('expected a validation error');
}

beforeAll(async () => {
  t = await createTestApp();
  ctx = await contextFor((await buildOrganization(t)).id);
  otherCtx = await contextFor((await buildOrganization(t)).id);
});

afterAll(async () => {
  await t.close();
});

describe('encrypted file store', () => {
  it('stores a photo without its metadata, encrypted, and reads it back', async () => {
    const planted = `PLANTED-FILE-CONTENT-${newId()}`;
    const fileName = `PLANTED-NAME-${newId()}.jpg`;
    const original = jpegWithGps(planted);
    const stored = await storeFile(ctx, {
      purpose: 'test',
      fileName,
      contentType: 'image/jpeg',
      bytes: original,
    });
    expect(stored.contentType).toBe('image/jpeg');
    expect(stored.sizeBytes).toBe(PLAIN_JPEG.length);
    expect(stored.sha256Original).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.sha256Original).not.toBe(stored.sha256Stored);

    const read = await readStoredFile(ctx, stored.id);
    expect(read.fileName).toBe(fileName);
    expect(read.bytes.equals(PLAIN_JPEG)).toBe(true);
    expect(read.bytes.includes(GPS_LATITUDE_BYTES)).toBe(false);

    expect(await findInDatabase(t.deps.pool, planted)).toEqual([]);
    expect(await findInDatabase(t.deps.pool, fileName)).toEqual([]);
    const meta = await storedFileMeta(ctx, [stored.id]);
    expect(meta.get(stored.id)).toEqual(stored);
    expect((await readStoredFileNames(ctx, [stored.id])).get(stored.id)).toBe(fileName);
  });

  it('keeps a PDF byte for byte; its content is not in the database in clear', async () => {
    const planted = `PLANTED-PDF-${newId()}`;
    const pdf = tinyPdf(planted);
    const stored = await storeUpload(ctx, 'test', {
      fileName: 'informe.pdf',
      contentType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
    });
    expect(stored.sha256Original).toBe(stored.sha256Stored);
    expect((await readStoredFile(ctx, stored.id)).bytes.equals(pdf)).toBe(true);
    expect(await findInDatabase(t.deps.pool, planted)).toEqual([]);
  });

  it('blanks a PDF’s document information; the stored hash is that of the stripped bytes', async () => {
    const planted = `PLANTED-AUTHOR-${newId()}`;
    const pdf = Buffer.from(
      `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n3 0 obj<</Author(${planted})/CreationDate(D:20260304050607Z)>>endobj\ntrailer<</Root 1 0 R/Info 3 0 R>>\n%%EOF\n`,
      'latin1',
    );
    const stored = await storeUpload(ctx, 'test', {
      fileName: 'acta.pdf',
      contentType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
    });
    const read = (await readStoredFile(ctx, stored.id)).bytes;
    expect(read.length).toBe(pdf.length);
    expect(read.includes(Buffer.from(planted, 'latin1'))).toBe(false);
    expect(read.includes(Buffer.from('D:2026', 'latin1'))).toBe(false);
    expect(stored.sizeBytes).toBe(pdf.length);
    expect(stored.sha256Original).toBe(crypto.createHash('sha256').update(pdf).digest('hex'));
    expect(stored.sha256Stored).toBe(crypto.createHash('sha256').update(read).digest('hex'));
    expect(stored.sha256Stored).not.toBe(stored.sha256Original);
  });

  it('strips PNG text and EXIF chunks', async () => {
    const planted = `PLANTED-PNG-${newId()}`;
    const stored = await storeFile(ctx, {
      purpose: 'test',
      fileName: 'captura.png',
      contentType: 'image/png',
      bytes: pngWithGps(planted),
    });
    expect((await readStoredFile(ctx, stored.id)).bytes.equals(plainPng())).toBe(true);
    expect(await findInDatabase(t.deps.pool, planted)).toEqual([]);
  });

  it('refuses other types, a type that does not match the bytes, empty, too large and unreadable files', async () => {
    const store = (contentType: string, bytes: Buffer, extra: object = {}) =>
      storeFile(ctx, { purpose: 'test', fileName: 'x', contentType, bytes, ...extra });
    expect(await validationReason(store('text/html', Buffer.from('<html>')))).toBe('contentType:file_type');
    expect(await validationReason(store('image/png', PLAIN_JPEG))).toBe(
      'contentBase64:file_content_mismatch',
    );
    expect(await validationReason(store('image/jpeg', Buffer.alloc(0)))).toBe('contentBase64:required');
    expect(await validationReason(store('image/jpeg', PLAIN_JPEG, { maxBytes: 100 }))).toBe(
      'contentBase64:too_large',
    );
    expect(await validationReason(store('image/jpeg', PLAIN_JPEG.subarray(0, 120)))).toBe(
      'contentBase64:unreadable_image',
    );
    expect(
      await validationReason(store('application/pdf', tinyPdf('x'), { allowedTypes: ['image/jpeg'] })),
    ).toBe('contentType:file_type');
    expect(await validationReason(store('image/png', PLAIN_JPEG, { fieldPrefix: 'file.' }))).toBe(
      'file.contentBase64:file_content_mismatch',
    );
  });

  it("answers 404 for another organization's file, and a moved ciphertext fails to open", async () => {
    const stored = await storeFile(ctx, {
      purpose: 'test',
      fileName: 'a.jpg',
      contentType: 'image/jpeg',
      bytes: PLAIN_JPEG,
    });
    await expect(readStoredFile(otherCtx, stored.id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await storedFileMeta(otherCtx, [stored.id])).size).toBe(0);
    const second = await storeFile(ctx, {
      purpose: 'test',
      fileName: 'b.jpg',
      contentType: 'image/jpeg',
      bytes: PLAIN_JPEG,
    });
    // Copy the first file's ciphertext onto the second record: the AAD binds it to its id.
    await t.db.execute(
      sql`update stored_files set content_enc = (select content_enc from stored_files where id = ${stored.id}) where id = ${second.id}`,
    );
    await expect(readStoredFile(ctx, second.id)).rejects.toBeInstanceOf(CryptoIntegrityError);
    expect(await deleteStoredFile(ctx, second.id)).toBe(true);
    await expect(readStoredFile(ctx, second.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a key rotation re-encrypts stored files, which still open byte for byte', async () => {
    const stored = await storeFile(ctx, {
      purpose: 'test',
      fileName: 'rotada.png',
      contentType: 'image/png',
      bytes: plainPng(),
    });
    const rotation = await rotateDataKey(t.db, t.deps.keyring, ctx.org.orgId, { purge: true });
    expect(rotation.reencrypted).toBeGreaterThanOrEqual(2);
    const read = await readStoredFile(ctx, stored.id);
    expect(read.bytes.equals(plainPng())).toBe(true);
    expect(read.fileName).toBe('rotada.png');
  });
});
