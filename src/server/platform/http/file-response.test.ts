import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './file-response';

describe('attachmentDisposition', () => {
  it('sends a UTF-8 name and an ASCII fallback without quotes or accents', () => {
    const header = attachmentDisposition('Análisis "casos" 2026;ñ.pdf');
    expect(header).toBe(
      `attachment; filename="Analisis _casos_ 2026_n.pdf"; filename*=UTF-8''An%C3%A1lisis%20%22casos%22%202026%3B%C3%B1.pdf`,
    );
  });

  it('keeps plain names as they are', () => {
    expect(attachmentDisposition('report.xlsx')).toBe(
      `attachment; filename="report.xlsx"; filename*=UTF-8''report.xlsx`,
    );
  });
});
