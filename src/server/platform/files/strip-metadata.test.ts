import zlib from 'node:zlib';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import {
  GPS_LATITUDE_BYTES,
  PLAIN_JPEG,
  PNG_PIXELS,
  jpegMarkers,
  jpegWithGps,
  plainPng,
  pngChunkTypes,
  pngWithGps,
  tinyPdf,
} from './files.test-support';
import {
  UnreadableImageError,
  matchesContentType,
  stripJpegMetadata,
  stripMetadata,
  stripPdfMetadata,
  stripPngMetadata,
} from './strip-metadata';

const PLANTED = 'PLANTED-PHOTO-DESCRIPTION-7781';

describe('JPEG metadata stripping', () => {
  it('drops EXIF (with GPS), XMP, comments and the trailer; the image bytes are left as they were', () => {
    const withGps = jpegWithGps(PLANTED);
    expect(withGps.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(true);
    expect(withGps.includes(GPS_LATITUDE_BYTES)).toBe(true);
    const stripped = stripJpegMetadata(withGps);
    expect(stripped.equals(PLAIN_JPEG)).toBe(true);
    expect(stripped.includes(Buffer.from('Exif', 'latin1'))).toBe(false);
    expect(stripped.includes(GPS_LATITUDE_BYTES)).toBe(false);
    expect(stripped.includes(Buffer.from(PLANTED, 'latin1'))).toBe(false);
    expect(jpegMarkers(stripped)).toEqual(['e0', 'db', 'c0', 'c4', 'c4', 'da']);
  });

  it('leaves a JPEG without metadata unchanged', () => {
    expect(stripJpegMetadata(PLAIN_JPEG).equals(PLAIN_JPEG)).toBe(true);
  });

  it('keeps an Adobe APP14 segment and drops the other APPn segments (ICC, IPTC, JFXX)', () => {
    const jfifEnd = 2 + 2 + PLAIN_JPEG.readUInt16BE(4);
    const segment = (marker: number, text: string) => {
      const data = Buffer.from(text, 'latin1');
      const head = Buffer.from([0xff, marker, 0, 0]);
      head.writeUInt16BE(data.length + 2, 2);
      return Buffer.concat([head, data]);
    };
    const adobe = segment(0xee, 'Adobe\0d\0\0\0\0\x01');
    const input = Buffer.concat([
      PLAIN_JPEG.subarray(0, jfifEnd),
      segment(0xe0, 'JFXX\0thumbnail'),
      segment(0xe2, 'ICC_PROFILE\0owner'),
      segment(0xed, 'Photoshop 3.0\0IPTC'),
      adobe,
      PLAIN_JPEG.subarray(jfifEnd),
    ]);
    const stripped = stripJpegMetadata(input);
    expect(jpegMarkers(stripped)).toEqual(['e0', 'ee', 'db', 'c0', 'c4', 'c4', 'da']);
    expect(stripped.includes(adobe)).toBe(true);
    expect(stripped.includes(Buffer.from('ICC_PROFILE'))).toBe(false);
  });

  it('keeps restart markers and escaped bytes inside the scan', () => {
    const sosAt = PLAIN_JPEG.indexOf(Buffer.from([0xff, 0xda]));
    const scanStart = sosAt + 2 + PLAIN_JPEG.readUInt16BE(sosAt + 2);
    const scan = Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]);
    const input = Buffer.concat([PLAIN_JPEG.subarray(0, scanStart), scan, Buffer.from([0xff, 0xd9])]);
    expect(stripJpegMetadata(input).equals(input)).toBe(true);
  });

  it('refuses what is not a readable JPEG', () => {
    expect(() => stripJpegMetadata(Buffer.from('not a jpeg'))).toThrow(UnreadableImageError);
    expect(() => stripJpegMetadata(PLAIN_JPEG.subarray(0, 100))).toThrow(UnreadableImageError);
    expect(() => stripJpegMetadata(PLAIN_JPEG.subarray(0, PLAIN_JPEG.length - 2))).toThrow(
      UnreadableImageError,
    );
    const noScan = Buffer.from([0xff, 0xd8, 0xff, 0xd9]);
    expect(() => stripJpegMetadata(noScan)).toThrow(UnreadableImageError);
  });
});

describe('PNG metadata stripping', () => {
  it('drops eXIf, tEXt, iTXt, zTXt, tIME, private chunks and the trailer; the pixels are unchanged', () => {
    const withGps = pngWithGps(PLANTED);
    expect(pngChunkTypes(withGps)).toContain('eXIf');
    const stripped = stripPngMetadata(withGps);
    expect(pngChunkTypes(stripped)).toEqual(['IHDR', 'sRGB', 'IDAT', 'IEND']);
    expect(stripped.equals(plainPng())).toBe(true);
    expect(stripped.includes(GPS_LATITUDE_BYTES)).toBe(false);
    expect(stripped.includes(Buffer.from(PLANTED, 'latin1'))).toBe(false);
    const idatAt = stripped.indexOf(Buffer.from('IDAT', 'latin1'));
    const idat = stripped.subarray(idatAt + 4, idatAt + 4 + stripped.readUInt32BE(idatAt - 4));
    expect(zlib.inflateSync(idat).equals(PNG_PIXELS)).toBe(true);
  });

  it('refuses what is not a readable PNG', () => {
    expect(() => stripPngMetadata(Buffer.from('not a png at all'))).toThrow(UnreadableImageError);
    const png = plainPng();
    expect(() => stripPngMetadata(png.subarray(0, png.length - 6))).toThrow(UnreadableImageError);
  });
});

describe('content types', () => {
  it('recognizes each type by its first bytes', () => {
    expect(matchesContentType('image/jpeg', PLAIN_JPEG)).toBe(true);
    expect(matchesContentType('image/png', plainPng())).toBe(true);
    expect(matchesContentType('application/pdf', tinyPdf('x'))).toBe(true);
    expect(matchesContentType('image/png', PLAIN_JPEG)).toBe(false);
    expect(matchesContentType('application/pdf', PLAIN_JPEG)).toBe(false);
    expect(matchesContentType('text/html', Buffer.from('<html>'))).toBe(false);
  });

  it('leaves a PDF without metadata byte for byte', () => {
    const pdf = tinyPdf('x');
    expect(stripMetadata('application/pdf', pdf).equals(pdf)).toBe(true);
  });
});

/** A real PDF written by pdfkit (uncompressed streams so the text can be searched). */
async function pdfkitPdf(
  options: ConstructorParameters<typeof PDFDocument>[0],
  jpeg?: Buffer,
): Promise<Buffer> {
  const doc = new PDFDocument({ compress: false, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.text('Acta de la denuncia');
  if (jpeg) doc.image(jpeg, 10, 10, { width: 20 });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

const has = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'latin1'));

describe('PDF metadata stripping', () => {
  it('blanks every value of the document information dictionary; same length, still a PDF', async () => {
    const pdf = await pdfkitPdf({
      info: {
        Author: 'Planted Author',
        Title: 'Planted Title',
        Subject: 'Planted Subject',
        Keywords: 'Planted Keywords',
        Creator: 'Planted Creator',
        Producer: 'Planted Producer',
        CreationDate: new Date('2026-03-04T05:06:07Z'),
        ModDate: new Date('2026-03-04T05:06:07Z'),
      },
    });
    for (const text of ['Planted Author', 'Planted Title', 'Planted Keywords', 'Planted Producer', 'D:2026'])
      expect(has(pdf, text), text).toBe(true);
    const stripped = stripMetadata('application/pdf', pdf);
    expect(stripped.length).toBe(pdf.length);
    expect(stripped.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(matchesContentType('application/pdf', stripped)).toBe(true);
    for (const text of ['Planted', 'D:2026']) expect(has(stripped, text), text).toBe(false);
    // Keys stay (with blank values); the page content and the cross-reference table are untouched.
    expect(has(stripped, '/Author ')).toBe(true);
    expect(has(stripped, 'BT')).toBe(true);
    const xrefAt = (bytes: Buffer) => bytes.toString('latin1').lastIndexOf('xref');
    expect(stripped.subarray(xrefAt(stripped)).equals(pdf.subarray(xrefAt(pdf)))).toBe(true);
    // Only bytes inside string values changed, and they became spaces.
    for (let i = 0; i < pdf.length; i++) if (pdf[i] !== stripped[i]) expect(stripped[i]).toBe(0x20);
  });

  it('blanks hex strings, values held in their own object and older revisions of the information', () => {
    const pdf = Buffer.from(
      [
        '%PDF-1.4',
        '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
        '2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj',
        '4 0 obj<</Author<506c616e746564> /Title 5 0 R /Custom (Planted (nested) \\) custom)>>endobj',
        '5 0 obj (Planted Title) endobj',
        'trailer<</Root 1 0 R/Info 4 0 R>>',
        '4 0 obj<</Author (Planted Author 2)>>endobj',
        'trailer<</Root 1 0 R/Info 4 0 R/Prev 9>>',
        '%%EOF',
        '',
      ].join('\n'),
      'latin1',
    );
    const stripped = stripPdfMetadata(pdf);
    expect(stripped.length).toBe(pdf.length);
    expect(has(stripped, 'Planted')).toBe(false);
    expect(has(stripped, '506c')).toBe(false);
    expect(has(stripped, '/Type/Catalog/Pages 2 0 R')).toBe(true);
    expect(has(stripped, '/Title 5 0 R')).toBe(true);
  });

  it('blanks the XMP packet', async () => {
    const pdf = await pdfkitPdf({
      pdfVersion: '1.7',
      subset: 'PDF/A-1b',
      info: { Author: 'Planted Author' },
    });
    expect(has(pdf, '<?xpacket begin')).toBe(true);
    expect(has(pdf, 'Planted Author')).toBe(true);
    const stripped = stripPdfMetadata(pdf);
    expect(stripped.length).toBe(pdf.length);
    expect(has(stripped, 'Planted')).toBe(false);
    expect(has(stripped, 'rdf:RDF')).toBe(false);
    expect(has(stripped, '<?xpacket begin')).toBe(true);
    expect(has(stripped, '<?xpacket end')).toBe(true);
  });

  it('zeroes the EXIF (with GPS) of a JPEG stored in the PDF; the image data is intact', async () => {
    const jpeg = jpegWithGps(PLANTED);
    const pdf = await pdfkitPdf({}, jpeg);
    expect(has(pdf, PLANTED)).toBe(true);
    expect(pdf.includes(GPS_LATITUDE_BYTES)).toBe(true);
    const stripped = stripPdfMetadata(pdf);
    expect(stripped.length).toBe(pdf.length);
    expect(has(stripped, PLANTED)).toBe(false);
    expect(stripped.includes(GPS_LATITUDE_BYTES)).toBe(false);
    expect(has(stripped, 'Exif')).toBe(false);
    // The image is still there: its scan and tables, byte for byte.
    const sos = PLAIN_JPEG.indexOf(Buffer.from([0xff, 0xda]));
    expect(stripped.includes(PLAIN_JPEG.subarray(sos))).toBe(true);
  });

  it('leaves a JPEG stream that does not walk cleanly unchanged', () => {
    const broken = Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff, 0x45, 0x78, 0x69, 0x66]);
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.4\n6 0 obj<</Filter/DCTDecode/Length 10>>stream\n', 'latin1'),
      broken,
      Buffer.from('\nendstream endobj\n%%EOF\n', 'latin1'),
    ]);
    expect(stripPdfMetadata(pdf).equals(pdf)).toBe(true);
  });
});
