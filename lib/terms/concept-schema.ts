import { z } from 'zod';
import { AppError, type ErrorParams } from '../contract/app-error';
import { LANGS, type Lang } from '../text/lang';
import { termKey } from './term-key';
import { TERM_STATUSES, TERM_TYPES, type Concept, type Term } from './types';

/** The limits of a concept, the same for the concept form, the editor's "add to glossary", the API and the importers. */
export const CONCEPT_LIMITS = {
  id: 200,
  terms: 200,
  term: 500,
  text: 5000,
  subjectField: 200,
  partOfSpeech: 100,
} as const;

// Outer white space goes (String.prototype.trim keeps ZWNJ, which is not white space); empty means absent.
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).optional().transform((v) => (v ? v : undefined));
const texts = z
  .partialRecord(z.enum(LANGS), text(CONCEPT_LIMITS.text))
  .optional()
  .transform((o) => {
    const out = Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v)) as Partial<Record<Lang, string>>;
    return Object.keys(out).length > 0 ? out : undefined;
  });

const TermSchema = z.object({
  lang: z.enum(LANGS),
  text: text(CONCEPT_LIMITS.term).min(1),
  status: z.enum(TERM_STATUSES as [Term['status'], ...Term['status'][]]),
  type: z.enum(TERM_TYPES as [NonNullable<Term['type']>, ...NonNullable<Term['type']>[]]).optional(),
  partOfSpeech: optionalText(CONCEPT_LIMITS.partOfSpeech),
  usageNote: optionalText(CONCEPT_LIMITS.text),
  source: optionalText(CONCEPT_LIMITS.text),
});

/** A concept as every writer takes it (the id may be left out when creating). */
export const ConceptSchema = z
  .object({
    id: z.string().trim().max(CONCEPT_LIMITS.id).regex(/^\S*$/u).optional(),
    subjectField: optionalText(CONCEPT_LIMITS.subjectField),
    definitions: texts,
    notes: texts,
    terms: z.array(TermSchema).min(1).max(CONCEPT_LIMITS.terms),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.terms.forEach((t, i) => {
      // a term of punctuation alone can never be matched
      if (!termKey(t.text, t.lang)) ctx.addIssue({ code: 'custom', path: ['terms', i, 'text'], message: 'invalid' });
      // spellings that differ only in folded letters (Kata'ib, Kataib) are distinct terms of one concept
      const key = `${t.lang}\u0001${t.text}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['terms', i, 'text'], message: 'duplicate' });
      seen.add(key);
    });
  });

export type ConceptInput = z.input<typeof ConceptSchema>;

const FIELD_OF: Record<string, string> = { definitions: 'definition', notes: 'note' };

/** One zod issue as the params of `glossary-invalid`: the field, its language or term, the issue and the limit. */
export function conceptIssueParams(issue: z.core.$ZodIssue, input: unknown): ErrorParams {
  const [head, second, third] = issue.path;
  const params: ErrorParams = { field: String(head ?? 'concept') };
  if ((head === 'definitions' || head === 'notes') && second !== undefined) {
    params.field = FIELD_OF[head]!;
    params.lang = String(second);
  } else if (head === 'terms' && typeof second === 'number') {
    params.field = third === undefined ? 'terms' : String(third);
    params.term = second;
    const lang = (input as { terms?: { lang?: unknown }[] } | null)?.terms?.[second]?.lang;
    if (typeof lang === 'string' && (LANGS as readonly string[]).includes(lang)) params.lang = lang;
  }
  if (issue.code === 'too_big') {
    params.issue = issue.origin === 'array' ? 'too_many' : 'too_long';
    params.max = Number(issue.maximum);
  } else if (issue.code === 'too_small') params.issue = 'required';
  else if (issue.code === 'custom' && issue.message === 'duplicate') params.issue = 'duplicate';
  else params.issue = 'invalid';
  return params;
}

/**
 * A concept checked against the one schema and cleaned (outer spaces trimmed, empty fields left
 * out). Throws `glossary-invalid` {field, issue, max?, lang?, term?, id?} naming the first fault.
 */
export function checkConcept(input: unknown, idOverride?: string): Concept & { id: string } {
  const parsed = ConceptSchema.safeParse(input);
  const rawId = idOverride ?? (input as { id?: unknown } | null)?.id;
  const id = typeof rawId === 'string' ? rawId.trim() : '';
  if (!parsed.success) {
    const params = conceptIssueParams(parsed.error.issues[0]!, input);
    if (id && params.field !== 'id') params.id = id.slice(0, CONCEPT_LIMITS.id);
    throw new AppError('glossary-invalid', params);
  }
  const c = parsed.data;
  const out: Concept & { id: string } = { id: idOverride?.trim() ?? c.id ?? '', terms: c.terms.map(compactTerm) };
  if (c.subjectField) out.subjectField = c.subjectField;
  if (c.definitions) out.definitions = c.definitions;
  if (c.notes) out.notes = c.notes;
  if (!out.id || /\s/u.test(out.id) || out.id.length > CONCEPT_LIMITS.id) throw new AppError('glossary-invalid', { field: 'id', issue: out.id ? 'invalid' : 'required', max: CONCEPT_LIMITS.id });
  return out;
}

/** A term with its empty optional fields left out (as the format readers and the rows give them). */
export function compactTerm(t: { lang: Lang; text: string; status: Term['status']; type?: Term['type'] | null; partOfSpeech?: string | null; usageNote?: string | null; source?: string | null }): Term {
  const term: Term = { lang: t.lang, text: t.text, status: t.status };
  if (t.type) term.type = t.type;
  if (t.partOfSpeech) term.partOfSpeech = t.partOfSpeech;
  if (t.usageNote) term.usageNote = t.usageNote;
  if (t.source) term.source = t.source;
  return term;
}

/**
 * A new concept's id, the one scheme for every writer: `c-` and a slug of the English term (or of
 * `term`), then six random hex digits (c-qods-force-3f2a9c).
 */
export function newConceptId(terms: readonly { lang: Lang; text: string }[]): string {
  const en = terms.find((t) => t.lang === 'en')?.text ?? '';
  // marks and apostrophes go (Kata’ib Ḥizballah -> kataib-hizballah), every other run of non-ASCII becomes one hyphen
  const slug = en.normalize('NFKD').replace(/[\p{M}'’ʼ]/gu, '').toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '').slice(0, 40);
  const random = [...crypto.getRandomValues(new Uint8Array(3))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `c-${slug || 'term'}-${random}`;
}
