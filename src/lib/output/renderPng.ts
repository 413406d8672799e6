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
 * for 7 % less.) A row of pixels equal to the one above (most of a flat preview) is copied, not scanned.
 */
export function encodePalettePng(pixels: Uint8Array, width: number, height: number): Buffer | undefined {
  const rgba = Buffer.from(pixels); // a plain copy: reading the renderer's native buffer pixel by pixel is slower
  const words = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const stride = width * 4;
  const rows = Buffer.alloc((width + 1) * height);
  const slots = new Map<number, number>();
  const palette: number[] = [];
  let last = -1;
  let slot = 0;
  for (let y = 0; y < height; y++) {
    const row = y * (width + 1); // filter type None (0) first: the best choice for palette images
    if (y > 0 && rgba.compare(rgba, (y - 1) * stride, y * stride, y * stride, (y + 1) * stride) === 0) {
      rows.copyWithin(row + 1, row - width, row);
      continue;
    }
    for (let x = 0, p = y * width; x < width; x++, p++) {
      const word = words[p]!;
      if (word !== last) {
        if (rgba[p * 4 + 3] !== 255) return undefined;
        let found = slots.get(word);
        if (found === undefined) {
          if (palette.length === 256) return undefined;
          found = palette.push(word) - 1;
          slots.set(word, found);
        }
        last = word;
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
  palette.forEach((word, i) => plte.set(bytesOf(word), i * 3));
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', plte), chunk('IDAT', deflateSync(rows, { level: 6 })), chunk('IEND', Buffer.alloc(0))]);
}

/** The red, green and blue bytes of a pixel read as one 32-bit word in memory order. */
function bytesOf(word: number): Uint8Array {
  return new Uint8Array(new Uint32Array([word]).buffer, 0, 3);
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
