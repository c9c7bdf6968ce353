import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/**
 * A table to export: translated column headers and rows of plain values. Exports are built from
 * presenters' output (already aggregated, suppressed and free of personal data where the module
 * says so); this file only turns tables into files.
 */
export interface ExportTable {
  /** Sheet name in XLSX (≤ 31 characters; others are cut). */
  name: string;
  headers: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
}

/** A formula-looking cell (=, +, -, @, tab, CR) is prefixed with ' so spreadsheets do not run it. */
function neutralize(value: string | number | null): string | number | null {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** UTF-8 CSV with a BOM (so spreadsheet programs read accents), one table. */
export function tableToCsv(table: ExportTable): Buffer {
  const text = stringify([table.headers, ...table.rows.map((row) => row.map(neutralize))], {
    cast: { number: (n) => String(n) },
  });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** An XLSX workbook with one sheet per table, headers in bold. */
export async function tablesToXlsx(tables: readonly ExportTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Colectiva';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31));
    sheet.addRow([...table.headers]).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map(neutralize));
    sheet.columns.forEach((column) => {
      column.width = 18;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
