import type { Core } from '@strapi/strapi';
import { createRequire } from 'node:module';
import { mkdtemp, readFile, rm, writeFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import sharp from 'sharp';

const requireFromHere = createRequire(__filename);
const FONT = path.join(path.dirname(requireFromHere.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf');
// Fixed dates keep the generated files byte-identical between runs.
const FIXED_DATE = new Date('2025-01-01T00:00:00Z');

export interface DemoFile {
  name: string;
  /** Titles printed on a generated PDF, Latvian first. */
  titles: string[];
}

/** A small real PDF (Latvian and Cyrillic text in an embedded font) marked as demo content. */
export async function demoPdf(titles: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  pdf.setProducer('integra seed');
  pdf.setTitle(titles[0] ?? 'Demo');
  const font = await pdf.embedFont(await readFile(FONT), { subset: true });
  const page = pdf.addPage([595, 842]);
  let y = 780;
  for (const [i, title] of titles.entries()) {
    page.drawText(title, { x: 50, y, size: i === 0 ? 18 : 13, font, color: rgb(0.1, 0.2, 0.35), maxWidth: 495 });
    y -= i === 0 ? 40 : 26;
  }
  page.drawText('Demonstrācijas dokuments / Demonstration document', { x: 50, y: 60, size: 10, font, color: rgb(0.4, 0.4, 0.4) });
  return pdf.save({ useObjectStreams: false });
}

/** A small abstract JPEG (no text) standing in for an event or meeting photo. */
export async function demoImage(name: string): Promise<Buffer> {
  const hue = [...name].reduce((sum, ch) => (sum * 31 + ch.charCodeAt(0)) % 360, 7);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue},55%,45%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},60%,25%)"/>
    </linearGradient></defs>
    <rect width="1200" height="675" fill="url(#g)"/>
    <circle cx="300" cy="340" r="150" fill="hsl(${(hue + 180) % 360},50%,70%)" opacity="0.6"/>
    <circle cx="620" cy="300" r="110" fill="hsl(${(hue + 200) % 360},50%,80%)" opacity="0.5"/>
    <circle cx="880" cy="380" r="170" fill="hsl(${(hue + 160) % 360},45%,60%)" opacity="0.5"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 70 }).toBuffer();
}

/**
 * Generates and uploads each demo file unless a file with that name is already in the media
 * library. Returns file ids by name.
 */
export async function uploadDemoFiles(strapi: Core.Strapi, files: DemoFile[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'integra-seed-'));
  try {
    for (const file of files) {
      const existing = await strapi.db.query('plugin::upload.file').findOne({ where: { name: file.name } });
      if (existing) {
        ids.set(file.name, existing.id);
        continue;
      }
      const isPdf = file.name.endsWith('.pdf');
      const bytes = isPdf ? await demoPdf(file.titles) : await demoImage(file.name);
      const filepath = path.join(tmp, file.name);
      await writeFile(filepath, bytes);
      const [uploaded] = await strapi
        .plugin('upload')
        .service('upload')
        .upload({
          data: { fileInfo: { name: file.name, alternativeText: '', caption: file.titles[0] ?? '' } },
          files: {
            filepath,
            originalFilename: file.name,
            mimetype: isPdf ? 'application/pdf' : 'image/jpeg',
            size: (await stat(filepath)).size,
          },
        });
      ids.set(file.name, uploaded.id);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return ids;
}
