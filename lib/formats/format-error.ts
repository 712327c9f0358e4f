/**
 * Error codes of the exchange formats. Library code throws these; the CLI and the UI word them.
 * `params` carries what the wording needs (e.g. `rule` for 'xliff-invalid', `reason`, `limit`).
 */
export type FormatErrorCode =
  | 'xml-malformed'
  | 'xml-dtd-forbidden'
  | 'xml-entity-forbidden'
  | 'file-too-large'
  | 'file-empty'
  | 'file-binary'
  | 'encoding-unsupported'
  | 'encoding-invalid'
  | 'format-unknown'
  | 'tbx-invalid'
  | 'csv-invalid'
  | 'xliff-invalid';

/** A refused input: a code, where it happened (1-based line and column) and parameters. */
export class FormatError extends Error {
  readonly code: FormatErrorCode | string;
  readonly line?: number;
  readonly column?: number;
  readonly params?: Record<string, unknown>;

  constructor(
    code: FormatErrorCode | string,
    where: { line?: number; column?: number } = {},
    params?: Record<string, unknown>,
  ) {
    const at = where.line !== undefined ? ` at ${where.line}:${where.column ?? 0}` : '';
    const extra = params && Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : '';
    super(`${code}${at}${extra}`);
    this.name = 'FormatError';
    this.code = code;
    if (where.line !== undefined) this.line = where.line;
    if (where.column !== undefined) this.column = where.column;
    if (params) this.params = params;
  }
}

/** Largest file an import accepts (20 MiB); bigger files are refused with 'file-too-large'. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Refuses empty, oversized and binary (NUL-bearing, non-UTF-16) input before any parsing. */
export function checkImportBytes(bytes: Uint8Array, limit = MAX_IMPORT_BYTES): void {
  if (bytes.length > limit) throw new FormatError('file-too-large', {}, { size: bytes.length, limit });
  if (bytes.length === 0 || isBlank(bytes)) throw new FormatError('file-empty');
  if (looksBinary(bytes)) throw new FormatError('file-binary');
}

function isBlank(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}

// UTF-16 text is full of NULs, so it is recognized by its BOM or its '<' pattern first.
function looksBinary(bytes: Uint8Array): boolean {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return false;
  if ((a === 0x3c && b === 0 && c === 0x3f && d === 0) || (a === 0 && b === 0x3c && c === 0 && d === 0x3f)) return false;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
