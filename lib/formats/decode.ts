import { FormatError } from './format-error';

/** Decodes text bytes: BOM first, then the XML declaration's encoding (when `xml`), else UTF-8. */
export function decodeBytes(bytes: Uint8Array, options: { xml?: boolean } = {}): string {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return decodeWith('utf-8', bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  // XML without a BOM in UTF-16 still starts with "<?" (spec appendix F), which shows the byte order.
  if (a === 0x3c && b === 0 && c === 0x3f && d === 0) return decodeWith('utf-16le', bytes);
  if (a === 0 && b === 0x3c && c === 0 && d === 0x3f) return decodeWith('utf-16be', bytes);
  const declared = options.xml ? declaredEncoding(bytes) : undefined;
  return decodeWith(declared ?? 'utf-8', bytes);
}

function declaredEncoding(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII by definition, so a byte-per-char view is enough to read it.
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 256); i++) head += String.fromCharCode(bytes[i]!);
  const decl = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(head);
  return decl?.[1];
}

function decodeWith(label: string, bytes: Uint8Array): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label.toLowerCase(), { fatal: true, ignoreBOM: true });
  } catch {
    throw new FormatError('encoding-unsupported', {}, { encoding: label });
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new FormatError('encoding-invalid', {}, { encoding: decoder.encoding });
  }
}
