import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';

/** The sizes browsers ask of an installable site's icons (the manifest lists them). */
export const ICON_SIZES = [192, 512] as const;

export function getStaticPaths() {
  return ICON_SIZES.map((size) => ({ params: { size: String(size) } }));
}

/** The favicon as PNG for the web app manifest: one drawing, no second source to keep in step. */
export const GET: APIRoute = async ({ params }) => {
  const size = Number(params.size);
  const svg = await readFile(new URL('../../../public/favicon.svg', import.meta.url));
  const png = await sharp(svg, { density: (72 * size) / 32 })
    .resize(size, size)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
