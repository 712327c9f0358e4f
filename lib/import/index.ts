/** Public API of the document importers. */
export { importDocument, detectFormat, MAX_DOCUMENT_BYTES, type ImportInput } from './import-document';
export { ImportError, isImportError, IMPORT_ERROR_CODES, type ImportErrorCode } from './import-error';
export { mergeSegments, splitSegment, SegmentEditError } from './segment-edit';
export { detectLang } from './detect-lang';
export { parseDate } from './parse-date';
export { parseByline } from './byline';
export type { SourceFormat } from './detect-format';
