import { ImportError } from './import-error';

/**
 * Decode the bytes of a text format: UTF-8 (BOM optional) or UTF-16 with a BOM.
 * NUL bytes or invalid UTF-8 mean binary input: a text importer must not guess.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    if ((bytes.length - 2) % 2 !== 0) throw new ImportError('import-binary', { reason: 'odd-utf16-length', offset: bytes.length - 1 });
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    const nul = text.indexOf('\u0000');
    if (nul >= 0) throw new ImportError('import-binary', { reason: 'nul', offset: 2 + nul * 2 });
    return text;
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new ImportError('import-binary', { reason: 'nul', offset: nul });
  try {
    // ignoreBOM: false strips a UTF-8 BOM.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new ImportError('import-binary', { reason: 'invalid-utf8', offset: firstInvalidUtf8(bytes) }, { cause });
  }
}

/** Offset of the first byte that breaks UTF-8 (for the error's params). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}

/** Other C0 controls (besides tab/newline/CR/FF) in bulk also mean binary. */
export function looksBinary(text: string): boolean {
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f]/gu)?.length ?? 0;
  return controls > 0 && controls / text.length > 0.01;
}
