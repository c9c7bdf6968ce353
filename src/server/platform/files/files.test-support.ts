import zlib from 'node:zlib';

/**
 * Small images with planted metadata, for the metadata-stripping tests (unit, API and browser): a
 * 2×2 grey JPEG (baseline, 331 bytes) and a 2×2 RGB PNG, to which EXIF with GPS coordinates, comments
 * and text chunks are added.
 */

/** A valid 2×2 baseline JPEG with only a JFIF APP0 segment. */
export const PLAIN_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAACAAIBAREA/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/9oACAEBAAA/ACv/2Q==',
  'base64',
);

/** Latitude 14°38'3" N, longitude 90°30'47" W (Guatemala City), as EXIF rationals. */
const GPS_LATITUDE: [number, number][] = [
  [14, 1],
  [38, 1],
  [3, 1],
];
const GPS_LONGITUDE: [number, number][] = [
  [90, 1],
  [30, 1],
  [47, 1],
];

/** The 24 bytes of the latitude rationals as they appear in the EXIF block (big-endian). */
export const GPS_LATITUDE_BYTES = rationals(GPS_LATITUDE);

function rationals(values: [number, number][]): Buffer {
  const out = Buffer.alloc(values.length * 8);
  values.forEach(([n, d], k) => {
    out.writeUInt32BE(n, k * 8);
    out.writeUInt32BE(d, k * 8 + 4);
  });
  return out;
}

/**
 * A big-endian TIFF block ("MM*") with IFD0 = ImageDescription (the planted text) + GPSInfo pointer,
 * and a GPS IFD with latitude/longitude and their references.
 */
export function exifTiff(description: string): Buffer {
  const desc = Buffer.from(`${description}\0`, 'latin1');
  // Layout: header(8) | IFD0 (2 + 2×12 + 4 = 30) | GPS IFD (2 + 4×12 + 4 = 54) | lat(24) | lon(24) | desc
  const ifd0 = 8;
  const gpsIfd = ifd0 + 30;
  const latAt = gpsIfd + 54;
  const lonAt = latAt + 24;
  const descAt = lonAt + 24;
  const out = Buffer.alloc(descAt + desc.length);
  out.write('MM', 0, 'latin1');
  out.writeUInt16BE(42, 2);
  out.writeUInt32BE(ifd0, 4);
  const entry = (at: number, tag: number, type: number, count: number, value: number | Buffer) => {
    out.writeUInt16BE(tag, at);
    out.writeUInt16BE(type, at + 2);
    out.writeUInt32BE(count, at + 4);
    if (typeof value === 'number') out.writeUInt32BE(value, at + 8);
    else value.copy(out, at + 8);
  };
  out.writeUInt16BE(2, ifd0);
  entry(ifd0 + 2, 0x010e, 2, desc.length, descAt); // ImageDescription, ASCII
  entry(ifd0 + 14, 0x8825, 4, 1, gpsIfd); // GPSInfo, LONG
  out.writeUInt32BE(0, ifd0 + 26);
  out.writeUInt16BE(4, gpsIfd);
  entry(gpsIfd + 2, 0x0001, 2, 2, Buffer.from('N\0\0\0', 'latin1')); // GPSLatitudeRef
  entry(gpsIfd + 14, 0x0002, 5, 3, latAt); // GPSLatitude, RATIONAL
  entry(gpsIfd + 26, 0x0003, 2, 2, Buffer.from('W\0\0\0', 'latin1')); // GPSLongitudeRef
  entry(gpsIfd + 38, 0x0004, 5, 3, lonAt); // GPSLongitude
  out.writeUInt32BE(0, gpsIfd + 50);
  rationals(GPS_LATITUDE).copy(out, latAt);
  rationals(GPS_LONGITUDE).copy(out, lonAt);
  desc.copy(out, descAt);
  return out;
}

function jpegSegment(marker: number, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt8(0xff, 0);
  head.writeUInt8(marker, 1);
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
}

/**
 * PLAIN_JPEG with, after its JFIF segment: an APP1 EXIF block with GPS and `description`, an APP1 XMP
 * packet, a COM comment (both holding `description` too); and a trailer after EOI.
 */
export function jpegWithGps(description: string): Buffer {
  const jfifEnd = 2 + 2 + PLAIN_JPEG.readUInt16BE(4);
  const exif = jpegSegment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), exifTiff(description)]));
  const xmp = jpegSegment(
    0xe1,
    Buffer.from(
      `http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description exif:GPSLatitude="14,38.05N" dc:title="${description}"/></x:xmpmeta>`,
      'latin1',
    ),
  );
  const comment = jpegSegment(0xfe, Buffer.from(description, 'latin1'));
  return Buffer.concat([
    PLAIN_JPEG.subarray(0, jfifEnd),
    exif,
    xmp,
    comment,
    PLAIN_JPEG.subarray(jfifEnd),
    Buffer.from(`TRAILER ${description}`, 'latin1'),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Raw scanlines of the 2×2 RGB test image (filter byte 0 + 6 bytes per row). */
export const PNG_PIXELS = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 250, 250, 250]);

function pngHeader(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0); // width
  ihdr.writeUInt32BE(2, 4); // height
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // colour type RGB
  return pngChunk('IHDR', ihdr);
}

const pngIdat = () => pngChunk('IDAT', zlib.deflateSync(PNG_PIXELS));

/** A 2×2 RGB PNG without metadata. */
export function plainPng(): Buffer {
  return Buffer.concat([
    PNG_SIGNATURE,
    pngHeader(),
    pngChunk('sRGB', Buffer.from([0])),
    pngIdat(),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The same PNG with eXIf (GPS), tEXt, iTXt, zTXt, tIME and a private chunk, and a trailer after IEND. */
export function pngWithGps(description: string): Buffer {
  const text = Buffer.from(description, 'latin1');
  const time = Buffer.from([0x07, 0xea, 11, 29, 8, 30, 0]);
  return Buffer.concat([
    PNG_SIGNATURE,
    pngHeader(),
    pngChunk('sRGB', Buffer.from([0])),
    pngChunk('eXIf', exifTiff(description)),
    pngChunk('tEXt', Buffer.concat([Buffer.from('Comment\0', 'latin1'), text])),
    pngChunk('iTXt', Buffer.concat([Buffer.from('Description\0\0\0\0\0', 'latin1'), text])),
    pngChunk('zTXt', Buffer.concat([Buffer.from('Author\0\0', 'latin1'), zlib.deflateSync(text)])),
    pngChunk('tIME', time),
    pngChunk('prVt', text),
    pngIdat(),
    pngChunk('IEND', Buffer.alloc(0)),
    Buffer.from(`TRAILER ${description}`, 'latin1'),
  ]);
}

/** Chunk types of a PNG, in order. */
export function pngChunkTypes(png: Buffer): string[] {
  const types: string[] = [];
  let i = 8;
  while (i + 12 <= png.length) {
    const length = png.readUInt32BE(i);
    types.push(png.subarray(i + 4, i + 8).toString('latin1'));
    i += 12 + length;
  }
  return types;
}

/** Markers of a JPEG's segments up to the first scan (hex, e.g. 'e0', 'db', 'c0', 'c4', 'da'). */
export function jpegMarkers(jpeg: Buffer): string[] {
  const markers: string[] = [];
  let i = 2;
  while (i + 4 <= jpeg.length && jpeg[i] === 0xff) {
    const marker = jpeg[i + 1]!;
    markers.push(marker.toString(16));
    if (marker === 0xda) break;
    i += 2 + jpeg.readUInt16BE(i + 2);
  }
  return markers;
}

/** Minimal one-page PDF (as text; a real reader opens it). */
export function tinyPdf(text: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
    'latin1',
  );
}
