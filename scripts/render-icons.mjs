#!/usr/bin/env node
/**
 * Renders the app icons from their SVG sources (src/web/icons/*.svg) to the PNG files the server's
 * manifest references (src/web/public/icons/{neutral,colectiva}-{192,512}.png). Uses playwright-core
 * with Debian's Chromium (/usr/bin/chromium, see chromium.mjs); it never downloads a browser. Run it after changing an
 * SVG and commit the PNGs: `node scripts/render-icons.mjs`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.join(root, 'src/web/icons');
const outputDir = path.join(root, 'src/web/public/icons');
const ICONS = ['neutral', 'colectiva'];
const SIZES = [192, 512];

const { context, close } = await launchChromium();
try {
  const page = context.pages()[0] ?? (await context.newPage());
  fs.mkdirSync(outputDir, { recursive: true });
  for (const icon of ICONS) {
    const svg = fs.readFileSync(path.join(sourceDir, `${icon}.svg`), 'utf8');
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!doctype html><html><body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator('img').evaluate((img) => img.decode());
      const file = path.join(outputDir, `${icon}-${size}.png`);
      await page.screenshot({ path: file, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(`${path.relative(root, file)} (${fs.statSync(file).size} bytes)`);
    }
  }
} finally {
  await close();
}
