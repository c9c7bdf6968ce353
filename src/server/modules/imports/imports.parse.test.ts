import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { UIC_RECIPES } from '../../../domain/uic';
import { parseSheet } from './imports.parse';
import { fold, guessMapping, importFields, readDate } from './imports.rows';

describe('reading spreadsheets', () => {
  it('reads a Spanish Excel CSV: Windows-1252, semicolons, quoted cells, blank lines', async () => {
    const text =
      'Edad;Género;Notas\r\n25 a 34;Mujer trans;"dos\r\nlíneas; y punto"\r\n\r\n18 a 24;Mujer;\r\n';
    const bytes = Buffer.from(text, 'latin1');
    const sheet = await parseSheet('registro.csv', bytes);
    expect(sheet.headers).toEqual(['Edad', 'Género', 'Notas']);
    expect(sheet.rows).toEqual([
      ['25 a 34', 'Mujer trans', 'dos\r\nlíneas; y punto'],
      ['18 a 24', 'Mujer', ''],
    ]);
    expect(sheet.rowNumbers).toEqual([2, 4]);
  });

  it('reads UTF-8 with a byte-order mark and commas', async () => {
    const sheet = await parseSheet('r.csv', Buffer.from('\uFEFFedad,género\n25 a 34,mujer\n'));
    expect(sheet.headers).toEqual(['edad', 'género']);
  });

  it('reads the first sheet of an XLSX: dates, formulas by their result, rich text, empty rows skipped', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Hoja');
    ws.addRow(['Fecha', 'Condones', 'Notas']);
    ws.addRow([
      new Date(Date.UTC(2024, 1, 29)),
      { formula: '2*5', result: 10 },
      { richText: [{ text: 'hola ' }, { text: 'mundo' }] },
    ]);
    ws.addRow([]);
    ws.addRow(['2024-03-01', 3, null]);
    const sheet = await parseSheet('r.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(sheet.rows).toEqual([
      ['2024-02-29', '10', 'hola mundo'],
      ['2024-03-01', '3'], // a short row: the mapping reads a missing cell as empty
    ]);
    expect(sheet.rowNumbers).toEqual([2, 4]);
  });

  it('refuses a file that is not what its name says, or has no data rows', async () => {
    await expect(parseSheet('r.xlsx', Buffer.from('a,b\n1,2'))).rejects.toMatchObject({ code: 'validation' });
    await expect(parseSheet('r.csv', Buffer.from('a,b\n'))).rejects.toMatchObject({ code: 'validation' });
  });
});

describe('reading cells', () => {
  it('reads day-first and ISO dates and refuses impossible ones', () => {
    expect(readDate('05/03/2024')).toBe('2024-03-05');
    expect(readDate('5-3-2024')).toBe('2024-03-05');
    expect(readDate('2024-3-5')).toBe('2024-03-05');
    expect(readDate('31/02/2024')).toBeNull();
    expect(readDate('marzo')).toBeNull();
  });

  it('guesses the mapping from titles in the three languages', () => {
    const fields = importFields('members', UIC_RECIPES.default);
    expect(guessMapping(fields, ['Nome da mãe', 'FATHER', 'Data de nascimento', 'Idade', 'gender'])).toEqual({
      'uic.motherFirstName': 0,
      'uic.fatherFirstName': 1,
      'uic.birthDate': 2,
      ageBand: 3,
      genderIdentity: 4,
    });
    expect(fold('  Identidad_de   GÉNERO ')).toBe('identidad de genero');
  });
});
