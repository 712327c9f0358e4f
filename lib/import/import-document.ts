/**
 * Entry point of the document importers (server/CLI side: DOCX goes through mammoth and node Buffers).
 */
import type { DocumentDraft } from '../documents/types';
import type { Lang } from '../text/lang';
import { assembleDraft } from './assemble-draft';
import { decodeText, looksBinary } from './decode-text';
import { detectContainer, sniffText, type SourceFormat } from './detect-format';
import { ImportError } from './import-error';
import { parseDocx } from './parse-docx';
import { parseHtml } from './parse-html';
import { parseMarkdown } from './parse-markdown';
import { parsePlainText } from './parse-plain-text';
import type { ParsedSource } from './source-meta';

/** Largest accepted input: 10 MiB (an analysis with pictures in DOCX stays well below). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export interface ImportInput {
  bytes: Uint8Array;
  fileName?: string;
  mimeType?: string;
  sourceLang?: Lang;
}

/** Which format an input would be read as (no parsing); throws the same ImportErrors as importDocument. */
export function detectFormat(input: Omit<ImportInput, 'sourceLang'>): SourceFormat {
  return readSource(input).format;
}

function readSource({ bytes, fileName, mimeType }: Omit<ImportInput, 'sourceLang'>): { format: SourceFormat; text?: string } {
  if (!bytes || bytes.length === 0) throw new ImportError('import-empty', { size: 0 });
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new ImportError('import-too-large', { size: bytes.length, limit: MAX_DOCUMENT_BYTES });
  if (detectContainer(bytes, fileName, mimeType) === 'docx') return { format: 'docx' };
  const text = decodeText(bytes);
  if (looksBinary(text)) throw new ImportError('import-binary', { reason: 'control-characters' });
  // Invisible format characters alone (bidi marks, ZWNJ) are no content either.
  if (!text.replace(/[\s\p{Cf}]+/gu, '')) throw new ImportError('import-empty', { size: bytes.length });
  return { format: sniffText(text, fileName, mimeType), text };
}

/** Import a plain text, Markdown, HTML or DOCX file into a DocumentDraft; throws ImportError. */
export async function importDocument(input: ImportInput): Promise<DocumentDraft> {
  const { format, text = '' } = readSource(input);
  let parsed: ParsedSource;
  if (format === 'docx') parsed = await parseDocx(input.bytes);
  else if (format === 'html') parsed = parseHtml(text);
  else if (format === 'markdown') parsed = parseMarkdown(text);
  else parsed = parsePlainText(text);
  return assembleDraft(parsed, { fileName: input.fileName, sourceLang: input.sourceLang });
}
