import { createRequire } from 'node:module';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** Inter regular and bold from the npm package, so text renders the same on every machine. */
let fonts: string[] | undefined;
function fontFiles(): string[] {
  fonts ??= ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((file) => require.resolve(`@expo-google-fonts/inter/${file}`));
  return fonts;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * An 8-bit palette PNG of opaque RGBA pixels with at most 256 colours (first-seen order, so the same
 * pixels give the same bytes), or undefined when the pixels have transparency or more colours. The
 * previews' flat colours and anti-aliased text use about 120, so this is lossless, about 40 % of the
 * size of resvg's true-colour PNG and quicker to write. (zlib level 6: level 9 takes ten times as long
 * for 7 % less.)
 */
export function encodePalettePng(pixels: Uint8Array, width: number, height: number): Buffer | undefined {
  const rgba = new Uint8Array(pixels); // a plain copy: reading the renderer's native buffer pixel by pixel is slower
  const rows = Buffer.alloc((width + 1) * height);
  const slots = new Map<number, number>();
  const palette: number[] = [];
  let last = -1;
  let slot = 0;
  for (let y = 0, p = 0; y < height; y++) {
    const row = y * (width + 1);
    rows[row] = 0; // filter type None: the best choice for palette images
    for (let x = 0; x < width; x++, p += 4) {
      if (rgba[p + 3] !== 255) return undefined;
      const colour = (rgba[p]! << 16) | (rgba[p + 1]! << 8) | rgba[p + 2]!;
      if (colour !== last) {
        let found = slots.get(colour);
        if (found === undefined) {
          if (palette.length === 256) return undefined;
          found = palette.push(colour) - 1;
          slots.set(colour, found);
        }
        last = colour;
        slot = found;
      }
      rows[row + 1 + x] = slot;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // colour type: palette
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((colour, i) => plte.writeUIntBE(colour, i * 3, 3));
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', plte), chunk('IDAT', deflateSync(rows, { level: 6 })), chunk('IEND', Buffer.alloc(0))]);
}

/** A PNG of an SVG at its own size, with the bundled fonts only (no system fonts): the same bytes on any machine. */
export function renderPng(svg: string): Buffer {
  const image = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: 'Inter' },
  }).render();
  return encodePalettePng(image.pixels, image.width, image.height) ?? image.asPng();
}

/** Width and height from a PNG's IHDR chunk, or undefined when `bytes` is no PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || SIGNATURE.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
