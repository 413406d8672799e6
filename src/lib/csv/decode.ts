import type { DataIssue } from '../issues.ts';

const SAVE_AS_UTF8 = 'save it as UTF-8 (in Excel: "CSV UTF-8"; in LibreOffice: character set "Unicode (UTF-8)") and run the command again';

/** Offset of the first byte that breaks UTF-8, or -1 when every sequence is well formed. */
function invalidUtf8At(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const size = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    const second = bytes[i + 1]!;
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < size; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += size;
  }
  return -1;
}

/** 1-based line of `offset`, counting CRLF, LF and lone CR each as one line end. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 10 || (b === 13 && bytes[i + 1] !== 10)) line++;
  }
  return line;
}

/** The line holding `offset`, read as Windows-1252 (what a non-UTF-8 spreadsheet export usually is). */
function lineAsWindows1252(bytes: Uint8Array, offset: number): string {
  let start = offset;
  while (start > 0 && bytes[start - 1] !== 10 && bytes[start - 1] !== 13) start--;
  let end = offset;
  while (end < bytes.length && bytes[end] !== 10 && bytes[end] !== 13) end++;
  return new TextDecoder('windows-1252').decode(bytes.subarray(start, Math.min(end, start + 120)));
}

/** True when every other byte of the first kilobyte is zero: UTF-16 text without a byte order mark. */
function looksUtf16(bytes: Uint8Array): 'LE' | 'BE' | undefined {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero === 0) return 'LE';
  if (evenZero > pairs * 0.4 && oddZero === 0) return 'BE';
  return undefined;
}

/**
 * Decodes a data file's bytes as UTF-8 (a UTF-8 byte order mark is dropped). UTF-16, Windows-1252 and
 * other non-UTF-8 bytes, and binary files, are rejected with the line of the first bad byte and the fix.
 */
export function decodeText(bytes: Uint8Array, file: string): { text?: string; issue?: DataIssue } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { issue: { file, message: `the file is saved as UTF-16 LE (Unicode); ${SAVE_AS_UTF8}` } };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { issue: { file, message: `the file is saved as UTF-16 BE (Unicode); ${SAVE_AS_UTF8}` } };
  const utf16 = looksUtf16(bytes);
  if (utf16) return { issue: { file, message: `the file is saved as UTF-16 ${utf16} (Unicode) without a byte order mark; ${SAVE_AS_UTF8}` } };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const bad = invalidUtf8At(body);
  if (bad !== -1) {
    const line = lineOfByte(body, bad);
    const byte = body[bad]!.toString(16).toUpperCase().padStart(2, '0');
    const shown = JSON.stringify(lineAsWindows1252(body, bad));
    return {
      issue: {
        file,
        line,
        message: `the file is not UTF-8: byte 0x${byte} on this line is not valid UTF-8 (read as Windows-1252 the line is ${shown}); ${SAVE_AS_UTF8}`,
      },
    };
  }
  const nul = body.indexOf(0);
  if (nul !== -1) return { issue: { file, line: lineOfByte(body, nul), message: `the file holds a NUL byte, so it is not a text file; export the data again as CSV and ${SAVE_AS_UTF8.replace(/^save it/, 'save it')}` } };
  return { text: new TextDecoder('utf-8').decode(body) };
}
