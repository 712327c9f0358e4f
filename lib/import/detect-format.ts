import { ImportError } from './import-error';

export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const EXTENSIONS: Record<string, SourceFormat> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', mdown: 'markdown',
  html: 'html', htm: 'html', xhtml: 'html', docx: 'docx',
};
// Formats people will try that we deliberately do not read (named in the error's params).
const UNSUPPORTED_EXTENSIONS = new Set(['pdf', 'doc', 'odt', 'rtf', 'pages', 'epub', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'zip', 'xlsx', 'pptx']);

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** The format a binary signature proves, or null for "could be text". */
function sniffMagic(bytes: Uint8Array): 'zip' | 'pdf' | 'ole' | 'image' | 'rtf' | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'ole';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'image';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf';
  return null;
}

export function extensionOf(fileName?: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName ?? '');
  return m ? m[1].toLowerCase() : '';
}

function formatFromMime(mime?: string): SourceFormat | null {
  const m = (mime ?? '').split(';')[0].trim().toLowerCase();
  if (m === DOCX_MIME) return 'docx';
  if (m === 'text/html' || m === 'application/xhtml+xml') return 'html';
  if (m === 'text/markdown' || m === 'text/x-markdown') return 'markdown';
  if (m === 'text/plain') return 'text';
  return null;
}

/**
 * Decide the binary family from the declared name/mime and the bytes' signature.
 * Returns 'docx' or 'text-family' (to be refined by sniffText once decoded); throws when
 * the bytes are a container we do not read, or a .docx that is not a zip.
 */
export function detectContainer(bytes: Uint8Array, fileName?: string, mimeType?: string): 'docx' | 'text-family' {
  const ext = extensionOf(fileName);
  const declared = EXTENSIONS[ext] ?? formatFromMime(mimeType);
  const magic = sniffMagic(bytes);
  if (magic === 'zip') {
    // A zip is a DOCX when declared so or when it names the main Word part.
    if (declared === 'docx' || containsAscii(bytes, 'word/document.xml')) return 'docx';
    throw new ImportError('import-unsupported', { format: ext || 'zip' });
  }
  if (declared === 'docx') throw new ImportError('import-docx-corrupt', { reason: magic ?? 'not-zip' });
  if (magic) throw new ImportError('import-unsupported', { format: magic === 'ole' ? 'doc' : magic });
  if (UNSUPPORTED_EXTENSIONS.has(ext)) throw new ImportError('import-unsupported', { format: ext });
  return 'text-family';
}

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const n = Array.from(needle, (c) => c.charCodeAt(0));
  outer: for (let i = 0; i + n.length <= bytes.length; i++) {
    for (let k = 0; k < n.length; k++) if (bytes[i + k] !== n[k]) continue outer;
    return true;
  }
  return false;
}

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--StartFragment|Version:\d)/i;
const HTML_TAG = /<(?:p|div|span|br|b|i|strong|em|a|h[1-6]|ul|ol|li|table|blockquote|figcaption)(?:\s[^<>]*)?\/?>/gi;
const MD_SIGNALS = [
  /\[[^\]\n]+\]\([^)\s]+\)/u, // [text](url)
  /\*\*[^*\n]+\*\*/u, // **bold**
  /^#{1,6}\s+\S/mu, // # heading
  /(?:^|[\s(])\*[^*\s][^*\n]*[^*\s]\*(?=[\s.,;:!?)]|$)/mu, // *italic*
  /^\s{0,3}>\s+\S/mu, // > quote
];

/** Text-family format from name/mime, refined by what the text looks like. */
export function sniffText(text: string, fileName?: string, mimeType?: string): Exclude<SourceFormat, 'docx'> {
  const declared = EXTENSIONS[extensionOf(fileName)] ?? formatFromMime(mimeType);
  if (declared === 'html' || declared === 'markdown') return declared;
  // Declared plain text (or nothing): pages saved as .txt often carry Markdown, pastes carry HTML.
  if (HTML_START.test(text)) return 'html';
  if (declared !== 'text' && (text.match(HTML_TAG)?.length ?? 0) >= 2 && /^\s*</.test(text)) return 'html';
  if (MD_SIGNALS.some((re) => re.test(text))) return 'markdown';
  return 'text';
}
