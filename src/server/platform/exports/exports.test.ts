import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { pdfHeading, pdfParagraph, pdfTable, renderPdf } from './pdf-document';
import { tablesToXlsx, tableToCsv } from './table-export';

const table = {
  name: 'Casos por mes',
  headers: ['Mes', 'Casos'],
  rows: [
    ['enero', 12],
    ['=cmd()', '<11'],
  ],
};

describe('table exports', () => {
  it('writes CSV with a BOM, quoted as needed, and neutralizes formulas', () => {
    const csv = tableToCsv(table);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.subarray(3).toString('utf8')).toBe("Mes,Casos\nenero,12\n'=cmd(),<11\n");
  });

  it('writes an XLSX that reads back the same cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tablesToXlsx([table])) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Casos por mes')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Mes', 'Casos']);
    expect(sheet.getRow(2).values).toEqual([undefined, 'enero', 12]);
    expect(sheet.getRow(3).getCell(1).value).toBe("'=cmd()");
  });
});

describe('renderPdf', () => {
  it('renders a report with accents, a table and page numbers', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => [`fila ${i}`, i]);
    const pdf = await renderPdf(
      { title: 'Informe de evaluación', subtitle: 'Organización · 2026', footer: 'Confidencial' },
      (doc) => {
        pdfHeading(doc, 'Gobernanza y participación');
        pdfParagraph(doc, 'Año, niño, ação, violência.');
        pdfTable(doc, ['Ítem', 'Puntaje'], rows);
      },
    );
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toMatch(/\/Count 2\b/);
  });
});
