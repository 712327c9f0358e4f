import { describe, expect, it } from 'vitest';
import { FormatError } from '../formats/format-error';
import { IMPORT_ERROR_CODES, ImportError } from '../import/import-error';
import { PublishError } from '../publish/types';
import { AppError, codedError } from './app-error';
import { ERROR_STATUS, exitCode, httpStatus, isErrorCode } from './error-codes';
import { failure, ok } from './result';

describe('error codes to HTTP statuses and exit codes', () => {
  it.each([
    ['invalid-input', 400, 2],
    ['glossary-invalid', 400, 2],
    ['forbidden', 403, 2],
    ['document-not-found', 404, 2],
    ['glossary-concept-not-found', 404, 2],
    ['conflict', 409, 2],
    ['glossary-version-conflict', 409, 2],
    ['publish-blocked', 409, 2],
    ['file-too-large', 413, 2],
    ['internal', 500, 1],
    ['database-unreachable', 503, 1],
    ['no-such-code', 500, 1],
  ])('%s -> %i, exit %i', (code, status, exit) => {
    expect(httpStatus(code)).toBe(status);
    expect(exitCode(code)).toBe(exit);
  });

  it('has a status for every code the libraries throw', () => {
    for (const code of IMPORT_ERROR_CODES) expect(isErrorCode(code)).toBe(true);
    for (const code of ['xml-malformed', 'csv-invalid', 'tbx-invalid', 'xliff-invalid', 'file-binary', 'encoding-invalid', 'format-unknown']) expect(isErrorCode(code)).toBe(true);
    for (const code of ['edition-date-invalid', 'edition-date-out-of-range', 'house-style-unsupported', 'house-style-invalid']) expect(isErrorCode(code)).toBe(true);
    expect(Object.values(ERROR_STATUS).every((s) => s >= 400 && s < 600)).toBe(true);
  });
});

describe('codedError: any of our errors as code and params', () => {
  it.each([
    ['AppError', new AppError('segment-not-found', { id: 7 }), { code: 'segment-not-found', params: { id: 7 } }],
    ['FormatError with line and column', new FormatError('csv-invalid', { line: 3, column: 4 }, { reason: 'status' }), { code: 'csv-invalid', params: { line: 3, column: 4, reason: 'status' } }],
    ['ImportError with a boolean and a null param dropped', new ImportError('import-empty', { fileName: 'تقرير.md', bom: true, lang: null }), { code: 'import-empty', params: { fileName: 'تقرير.md' } }],
    ['PublishError', new PublishError('house-style-unsupported', { option: 'calendar', lang: 'ar' }), { code: 'house-style-unsupported', params: { option: 'calendar', lang: 'ar' } }],
  ])('%s', (_name, err, want) => {
    expect(codedError(err)).toEqual(want);
  });

  it.each([
    ['a plain Error', new Error('boom')],
    ['an unknown code', { code: 'ECONNREFUSED' }],
    ['null', null],
    ['a string', 'document-not-found'],
  ])('is null for %s', (_name, err) => {
    expect(codedError(err)).toBeNull();
  });
});

describe('the one result shape', () => {
  it('is ok with a value, or a failure with code, params and the stored state on a conflict', () => {
    expect(ok({ id: 3 })).toEqual({ ok: true, value: { id: 3 } });
    expect(failure('quote-overlaps', { id: 9 })).toEqual({ ok: false, code: 'quote-overlaps', params: { id: 9 } });
    expect(failure('conflict', { segmentId: 2 }, { text: 'نص المحرر الأول' })).toEqual({ ok: false, code: 'conflict', params: { segmentId: 2 }, current: { text: 'نص المحرر الأول' } });
  });
});
