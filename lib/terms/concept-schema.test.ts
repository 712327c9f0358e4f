import { describe, expect, it } from 'vitest';
import { checkConcept, CONCEPT_LIMITS, newConceptId } from './concept-schema';
import type { Lang } from '../text/lang';

const ZWNJ = '\u200c';
const term = (lang: Lang, text: string) => ({ lang, text, status: 'preferred' });
const refused = (input: unknown) => {
  try {
    checkConcept(input);
  } catch (err) {
    return err as { code: string; params: Record<string, unknown> };
  }
  throw new Error('accepted');
};

describe('checkConcept: the one schema of a concept', () => {
  it.each([
    ['en', 'Qods Force'],
    ['ar', 'فيلق القدس'],
    ['fa', `حزب${ZWNJ}الله`],
  ] as const)('keeps a %s term as written, ZWNJ inside kept, outer spaces trimmed', (lang, text) => {
    const c = checkConcept({ id: ' x-1 ', terms: [term(lang, `  ${text}\n`)], definitions: { [lang]: ` ${text} ` }, notes: { en: '   ' } });
    expect(c).toEqual({ id: 'x-1', terms: [{ lang, text, status: 'preferred' }], definitions: { [lang]: text } });
  });

  it('takes terms, definitions and notes up to the limits, in every language', () => {
    const long = (n: number, ch: string) => ch.repeat(n);
    const c = checkConcept({
      id: 'x-limits',
      subjectField: long(CONCEPT_LIMITS.subjectField, 'س'),
      terms: [term('ar', long(CONCEPT_LIMITS.term, 'ع')), term('fa', long(CONCEPT_LIMITS.term, 'پ'))],
      definitions: { ar: long(CONCEPT_LIMITS.text, 'ت'), fa: long(CONCEPT_LIMITS.text, 'ژ'), en: long(CONCEPT_LIMITS.text, 'e') },
    });
    expect(c.terms).toHaveLength(2);
    expect(Array.from({ length: CONCEPT_LIMITS.terms }, (_, i) => term('en', `t${i}`))).toHaveLength(200);
    expect(checkConcept({ id: 'x-many', terms: Array.from({ length: CONCEPT_LIMITS.terms }, (_, i) => term('en', `t${i}`)) }).terms).toHaveLength(200);
  });

  // each row: the concept, and the params the error names (field, its language or term, the issue, the limit)
  it.each([
    ['a definition one character too long (en)', { id: 'x', terms: [term('en', 'a')], definitions: { en: 'd'.repeat(5001) } }, { field: 'definition', lang: 'en', issue: 'too_long', max: 5000, id: 'x' }],
    ['an Arabic note too long', { id: 'x', terms: [term('ar', 'مقاومة')], notes: { ar: 'م'.repeat(5001) } }, { field: 'note', lang: 'ar', issue: 'too_long', max: 5000 }],
    ['a Farsi term too long', { id: 'x', terms: [term('fa', 'پ'.repeat(501))] }, { field: 'text', term: 0, lang: 'fa', issue: 'too_long', max: 500 }],
    ['an Arabic term of spaces', { id: 'x', terms: [term('ar', '   ')] }, { field: 'text', term: 0, lang: 'ar', issue: 'required' }],
    ['a Farsi term given twice', { id: 'x', terms: [term('fa', 'سپاه قدس'), term('fa', 'سپاه قدس')] }, { field: 'text', term: 1, lang: 'fa', issue: 'duplicate' }],
    ['too many terms', { id: 'x', terms: Array.from({ length: 201 }, (_, i) => term('en', `t${i}`)) }, { field: 'terms', issue: 'too_many', max: 200 }],
    ['no term', { id: 'x', terms: [] }, { field: 'terms', issue: 'required' }],
    ['a language that is not ours', { id: 'x', terms: [term('de' as Lang, 'Widerstand')] }, { field: 'lang', term: 0, issue: 'invalid' }],
    ['an unknown status', { id: 'x', terms: [{ lang: 'ar', text: 'مقاومة', status: 'favourite' }] }, { field: 'status', term: 0, lang: 'ar', issue: 'invalid' }],
    ['a subject field too long', { id: 'x', subjectField: 's'.repeat(201), terms: [term('en', 'a')] }, { field: 'subjectField', issue: 'too_long', max: 200 }],
    ['an id with a space', { id: 'x y', terms: [term('en', 'a')] }, { field: 'id', issue: 'invalid' }],
  ])('refuses %s with glossary-invalid naming the field and the limit', (_name, input, params) => {
    const err = refused(input);
    expect(err.code).toBe('glossary-invalid');
    expect(err.params).toMatchObject(params);
  });

  it('the editor\'s old limits (300, 12, 4000) are gone: what the API takes, the editor takes', () => {
    expect(checkConcept({ id: 'x', terms: Array.from({ length: 13 }, (_, i) => term('ar', `مصطلح ${i}`)), definitions: { en: 'd'.repeat(4500) } }).terms).toHaveLength(13);
    expect(checkConcept({ id: 'x', terms: [term('fa', 'ن'.repeat(450))] }).terms[0]!.text).toHaveLength(450);
  });
});

describe('newConceptId: one scheme for every writer', () => {
  it.each([
    [[term('en', 'Qods Force'), term('ar', 'فيلق القدس')], /^c-qods-force-[0-9a-f]{6}$/u],
    [[term('en', 'Kata’ib Ḥizballah')], /^c-kataib-hizballah-[0-9a-f]{6}$/u],
    [[term('ar', 'فيلق القدس')], /^c-term-[0-9a-f]{6}$/u],
    [[term('fa', `حزب${ZWNJ}الله`)], /^c-term-[0-9a-f]{6}$/u],
  ] as const)('%j -> %s', (terms, pattern) => {
    const id = newConceptId(terms as never);
    expect(id).toMatch(pattern);
    expect(checkConcept({ id, terms: [term('en', 'x')] }).id).toBe(id);
  });

  it('gives two concepts with the same term different ids', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newConceptId([term('en', 'drone') as never])));
    expect(ids.size).toBe(50);
  });
});
