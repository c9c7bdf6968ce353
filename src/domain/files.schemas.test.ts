import { describe, expect, it } from 'vitest';
import { FileUploadInput, base64DecodedBytes } from './files.schemas';

describe('file upload schema', () => {
  const valid = { fileName: 'foto.jpg', contentType: 'image/jpeg', contentBase64: 'AAAA' };

  it('accepts a name, an allowed type and base64', () => {
    expect(FileUploadInput.safeParse(valid).success).toBe(true);
    expect(FileUploadInput.safeParse({ ...valid, fileName: 'Denuncia señora.pdf' }).success).toBe(true);
  });

  it('refuses paths, control characters, other types, bad base64 and unknown fields', () => {
    for (const fileName of ['../x.jpg', 'a\\b.jpg', 'a\u0000.jpg', 'a\nb.jpg', ' ']) {
      expect(FileUploadInput.safeParse({ ...valid, fileName }).success).toBe(false);
    }
    expect(FileUploadInput.safeParse({ ...valid, contentType: 'text/html' }).success).toBe(false);
    for (const contentBase64 of ['AAA', 'AA=A', '@@@@', '']) {
      expect(FileUploadInput.safeParse({ ...valid, contentBase64 }).success).toBe(false);
    }
    expect(FileUploadInput.safeParse({ ...valid, extra: 1 }).success).toBe(false);
  });

  it('computes the decoded size of base64', () => {
    for (const bytes of [1, 2, 3, 4, 100]) {
      expect(base64DecodedBytes(Buffer.alloc(bytes).toString('base64'))).toBe(bytes);
    }
  });
});
