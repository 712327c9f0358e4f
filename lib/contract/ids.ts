import { z } from 'zod';

const DIGITS = /^\d{1,15}$/u;

/**
 * A database id from a URL, a form, a CLI argument or a client: a positive integer written with
 * 1 to 15 ASCII digits (or such a number), else null. The one parser of ids of documents,
 * segments, quotes and publications.
 */
export function parseId(value: unknown): number | null {
  const s = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : '') : typeof value === 'string' ? value : '';
  if (!DIGITS.test(s)) return null;
  const n = Number(s);
  return n > 0 ? n : null;
}

/** parseId as a zod schema, for server actions and route handlers that parse objects. */
export const IdSchema = z.unknown().transform((value, ctx) => {
  const id = parseId(value);
  if (id === null) {
    ctx.addIssue({ code: 'custom', message: 'id' });
    return z.NEVER;
  }
  return id;
});
