import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { IMPORT_LIMITS } from '../../../domain/imports.schemas';
import { AppError } from '../../platform/errors';

/** A sheet as text: the header row and the data rows (cells trimmed, empty cells ''). */
export interface ParsedSheet {
  headers: string[];
  rows: string[][];
  /** The sheet's row number (line of a CSV) of each data row, for messages. */
  rowNumbers: number[];
}

interface NumberedRow {
  number: number;
  cells: string[];
}

const unreadable = (reason: string) =>
  new AppError('validation', { field: 'contentBase64', params: { reason } });

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel writes for "CSV" in Spanish). */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The delimiter used most in the first line: comma, semicolon (Spanish Excel) or tab. */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

function parseCsvSheet(bytes: Buffer): NumberedRow[] {
  const text = decodeText(bytes);
  try {
    const records = parseCsv(text, {
      info: true,
      delimiter: guessDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      max_record_size: IMPORT_LIMITS.cellChars * IMPORT_LIMITS.maxColumns,
    }) as unknown as { record: string[]; info: { records: number; empty_lines: number } }[];
    // The row a spreadsheet shows: records and blank lines count, a multi-line cell stays one row.
    return records.map(({ record, info }) => ({ number: info.records + info.empty_lines, cells: record }));
  } catch {
    throw unreadable('unreadable_csv');
  }
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A cell as the text a person reads in it: dates as YYYY-MM-DD, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${pad2(value.getUTCMonth() + 1)}-${pad2(value.getUTCDate())}`;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result);
    if ('text' in value) return cellText(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function parseXlsxSheet(bytes: Buffer): Promise<NumberedRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable('unreadable_xlsx');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable('empty_file');
  const rows: NumberedRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    const count = Math.min(row.cellCount, IMPORT_LIMITS.maxColumns);
    for (let col = 1; col <= count; col++) cells.push(cellText(row.getCell(col).value).trim());
    rows.push({ number: row.number, cells });
  });
  return rows;
}

/** Reads the first sheet of an XLSX file or a CSV file into text cells. */
export async function parseSheet(fileName: string, bytes: Buffer): Promise<ParsedSheet> {
  const isXlsx = /\.xlsx$/i.test(fileName);
  if (isXlsx && bytes.subarray(0, 2).toString('latin1') !== 'PK') throw unreadable('unreadable_xlsx');
  const all = isXlsx ? await parseXlsxSheet(bytes) : parseCsvSheet(bytes);
  const nonEmpty = all.filter((row) => row.cells.some((cell) => cell !== ''));
  const [header, ...rows] = nonEmpty;
  if (!header || rows.length === 0) throw unreadable('empty_file');
  if (header.cells.length > IMPORT_LIMITS.maxColumns) throw unreadable('too_many_columns');
  if (rows.length > IMPORT_LIMITS.maxRows) throw unreadable('too_many_rows');
  const headers = header.cells.map((cell, index) => cell || `#${index + 1}`);
  return { headers, rows: rows.map((row) => row.cells), rowNumbers: rows.map((row) => row.number) };
}
