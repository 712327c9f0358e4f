/**
 * Every error code the server (and the client, before it asks) may answer with, and the HTTP status
 * it stands for. The one list behind both translators: `httpStatus` for route handlers and the CLI's
 * exit code, and the `Errors` namespace of messages/{en,ar,fa}.json for words (a test keeps the two
 * key-equal). Grouped by room; a new code is added here first.
 */
export const ERROR_STATUS = {
  // anything
  internal: 500,
  'invalid-input': 400,
  'invalid-value': 400,
  'not-found': 404,
  'already-exists': 409,
  conflict: 409,
  forbidden: 403,
  'actor-unknown': 403,
  'database-unreachable': 503,
  // accounts and requests (lib/server/sign-in.ts, users.ts, proxy.ts)
  unauthenticated: 401,
  'sign-in-failed': 401,
  'sign-in-throttled': 429,
  'cross-origin': 403,
  'unsupported-media-type': 415,
  'password-invalid': 400,
  'user-not-found': 404,
  'user-exists': 409,
  'last-admin': 409,
  // review workflow and proposals (lib/server/review.ts, glossary-proposals.ts)
  'review-comment-required': 400,
  'review-state': 409,
  'proposal-not-found': 404,
  'proposal-decided': 409,
  // files (lib/formats)
  'file-too-large': 413,
  'file-empty': 400,
  'file-binary': 400,
  'encoding-unsupported': 400,
  'encoding-invalid': 400,
  'format-unknown': 400,
  'xml-malformed': 400,
  'xml-dtd-forbidden': 400,
  'xml-entity-forbidden': 400,
  'tbx-invalid': 400,
  'csv-invalid': 400,
  'xliff-invalid': 400,
  // documents (lib/import, lib/documents)
  'document-not-found': 404,
  'import-nothing': 400,
  'import-empty': 400,
  'import-binary': 400,
  'import-too-large': 413,
  'import-unsupported': 415,
  'import-docx-corrupt': 400,
  'import-no-content': 400,
  'import-invalid-encoding': 400,
  'import-archive-too-large': 413,
  'import-archive-too-many-entries': 413,
  'import-archive-too-many-paragraphs': 413,
  'import-archive-too-many-elements': 413,
  'import-archive-unsafe': 400,
  'segment-not-found': 404,
  'segment-merged': 409,
  'segment-no-next': 409,
  'split-offset': 400,
  'xliff-no-file': 400,
  'xliff-language-mismatch': 400,
  'xliff-wrong-document': 400,
  'find-query-required': 400,
  'find-too-long': 400,
  // QA and publishing (lib/qa, lib/publish)
  'qa-reason-required': 400,
  'qa-reason-too-long': 400,
  'qa-already-accepted': 409,
  'qa-finding-not-found': 404,
  'qa-acceptance-not-found': 404,
  'qa-nothing-selected': 400,
  'qa-too-many-selected': 400,
  'publish-blocked': 409,
  'publish-override-required': 400,
  'publish-override-too-long': 400,
  'house-style-invalid': 400,
  'house-style-unsupported': 400,
  'edition-date-invalid': 400,
  'edition-date-out-of-range': 400,
  'edition-font-missing': 500,
  'edition-message-missing': 500,
  'edition-style-length': 500,
  // glossary (lib/terms)
  'glossary-invalid': 400,
  'glossary-term-required': 400,
  'glossary-concept-not-found': 404,
  'glossary-concept-exists': 409,
  'glossary-concept-deleted': 409,
  'glossary-concept-not-deleted': 409,
  'glossary-version-conflict': 409,
  'glossary-import-empty': 400,
  'glossary-import-nothing': 400,
  // quotes and alignment (lib/quotes, lib/align)
  'quote-not-found': 404,
  'quote-empty-selection': 400,
  'quote-overlaps': 409,
  'quote-conflict': 409,
  'quote-not-anchored': 409,
  'quote-no-original': 400,
  'quote-place-not-found': 409,
  'assistant-empty-post': 400,
  'assistant-no-match': 400,
  'assistant-select-post': 400,
  'assistant-select-both': 400,
  'align-empty': 400,
  'align-too-large': 413,
  'align-languages': 400,
  'align-no-pairs': 400,
  'align-same-language': 400,
  // translation memory
  'tm-memory-not-found': 404,
  'tm-unit-not-found': 404,
  'tmx-invalid': 400,
  'tmx-empty': 400,
  // comments, history and live work (lib/comments, lib/server/comments.ts, presence.ts)
  'comment-not-found': 404,
  'comment-empty': 400,
  'comment-too-long': 400,
  'revision-not-found': 404,
  'revision-not-restorable': 409,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Whether a string is one of our error codes. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_STATUS, code);
}

/** The HTTP status of an error code; an unknown code is a server fault (500). */
export function httpStatus(code: string): number {
  return isErrorCode(code) ? ERROR_STATUS[code] : 500;
}

/** The command line's exit code for an error: 2 for the caller's input (4xx), 1 for the rest. */
export function exitCode(code: string): number {
  const status = httpStatus(code);
  return status >= 400 && status < 500 ? 2 : 1;
}
