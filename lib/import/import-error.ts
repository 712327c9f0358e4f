/**
 * Errors of the document importers: a stable code plus parameters, never a sentence.
 * The UI words the code (messages/*.json), the CLI turns it into one English line.
 */
export const IMPORT_ERROR_CODES = [
  'import-empty',
  'import-binary',
  'import-too-large',
  'import-unsupported',
  'import-docx-corrupt',
  'import-archive-too-large',
  'import-archive-too-many-entries',
  'import-archive-too-many-paragraphs',
  'import-archive-too-many-elements',
  'import-archive-unsafe',
  'import-no-content',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export type ImportErrorParams = Record<string, string | number | boolean | null>;

/** Thrown by importDocument when the input cannot become a document. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly params: ImportErrorParams;

  constructor(code: ImportErrorCode, params: ImportErrorParams = {}, options?: { cause?: unknown }) {
    // The message is the code itself so logs stay grep-able; it is not meant for users.
    super(code, options);
    this.name = 'ImportError';
    this.code = code;
    this.params = params;
  }
}

/** Type guard usable across module boundaries (instanceof fails across bundles). */
export function isImportError(value: unknown): value is ImportError {
  return (
    value instanceof ImportError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'ImportError' &&
      (IMPORT_ERROR_CODES as readonly unknown[]).includes((value as { code?: unknown }).code))
  );
}
