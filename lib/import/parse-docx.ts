/**
 * DOCX through mammoth to HTML, then the HTML path. Server/CLI only (mammoth needs node Buffers).
 * The package is opened and its XML inflated within caps first (docx-package.ts); mammoth reads only that.
 */
import mammoth from 'mammoth';
import { openDocxPackage } from './docx-package';
import { ImportError, isImportError } from './import-error';
import { parseHtml } from './parse-html';
import type { ParsedSource } from './source-meta';

// Word's own style names for title, quotes and captions; headings 1-6 are in mammoth's defaults.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Caption'] => figcaption:fresh",
];

/**
 * Convert DOCX bytes to blocks. An archive over the caps is refused with an `import-archive-*` code before
 * any parsing; a file mammoth cannot read is 'import-docx-corrupt'.
 */
export async function parseDocx(bytes: Uint8Array): Promise<ParsedSource> {
  const file = await openDocxPackage(bytes);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      // `file` is mammoth's input for an already opened package (lib/unzip.js), absent from its typings.
      { file } as unknown as { buffer: Buffer },
      {
        styleMap: STYLE_MAP,
        // Images are not segments; skipping them avoids base64-encoding every picture.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
      },
    );
    html = result.value;
  } catch (cause) {
    if (isImportError(cause)) throw cause;
    throw new ImportError('import-docx-corrupt', { reason: errorName(cause) }, { cause });
  }
  return parseHtml(html);
}

function errorName(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  if (/central directory|zip|end of data|corrupt/iu.test(message)) return 'zip';
  if (/main document part|document\.xml/iu.test(message)) return 'no-document-part';
  if (/xml|parse|tag/iu.test(message)) return 'xml';
  return 'unreadable';
}
