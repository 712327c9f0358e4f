/** An error as it reaches the UI: a code from the server (or the client's own check) and its params. */
export interface ErrorLike {
  code: string;
  params?: Record<string, unknown>;
}

/** The two translators an error is worded with: the `Errors` namespace and `ErrorDetails`. */
export interface ErrorTranslators {
  t: { (key: never, values?: never): string; has(key: never): boolean };
  d: { (key: never, values?: never): string; has(key: never): boolean };
}

/**
 * Words an error from the one `Errors` namespace: unknown codes get the generic message; a `field`
 * is named ("Definition (Arabic)"), a concept id and a line and column are added. Pure, so the
 * wording is tested with the real catalogues.
 */
export function wordError({ t, d }: ErrorTranslators, error: ErrorLike | string, extra?: Record<string, unknown>): string {
  const { code, params = {} } = typeof error === 'string' ? { code: error, params: extra } : error;
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params ?? {})) if (typeof v === 'string' || typeof v === 'number') values[k] = v;
  if (typeof values.field === 'string') {
    const lang = typeof values.lang === 'string' && d.has(`lang.${values.lang}` as never) ? d(`lang.${values.lang}` as never) : '—';
    const n = typeof values.term === 'number' ? values.term + 1 : 1;
    values.field = d.has(`field.${values.field}` as never) ? d(`field.${values.field}` as never, { lang, n } as never) : values.field;
  }
  const key = (t.has(code as never) ? code : 'internal') as never;
  let text = t(key, values as never);
  if (typeof values.id === 'string' && (code === 'glossary-invalid' || code === 'glossary-term-required')) text += ` ${d('concept' as never, { id: values.id } as never)}`;
  if (typeof values.line === 'number') text += ` ${d('at' as never, { line: values.line, column: Number(values.column ?? 0) } as never)}`;
  return text;
}
