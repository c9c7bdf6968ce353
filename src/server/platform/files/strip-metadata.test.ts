import zlib from 'node:zlib';
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

  it('passes PDFs through unchanged', () => {
    const pdf = tinyPdf('x');
    expect(stripMetadata('application/pdf', pdf)).toBe(pdf);
  });
});
