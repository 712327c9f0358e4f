import { describe, expect, it } from 'vitest';
import { procliticForms, suffixForms, withoutArticle } from './arabic-morphology';

describe('Arabic light morphology (keys)', () => {
  it.each<[string, string]>([
    ['المقاومه', 'مقاومه'],
    ['الله', 'الله'], // ال + له: remainder too short, the article is not stripped
    ['مقاومه', 'مقاومه'],
  ])('withoutArticle(%s) = %s', (key, out) => expect(withoutArticle(key)).toBe(out));

  it.each<[string, string[]]>([
    ['والمقاومه', ['مقاومه']],
    ['بالمقاومه', ['مقاومه']],
    ['للمقاومه', ['مقاومه']],
    ['فبالمقاومه', ['مقاومه']],
    ['وكتائب', ['كتائب']],
  ])('procliticForms(%s) contains %s', (key, forms) => {
    for (const f of forms) expect(procliticForms(key)).toContain(f);
  });

  it.each<[string, string]>([
    ['لله', 'له'],
    ['لله', 'الله'],
    ['والله', 'له'],
    ['بيت', 'يت'],
  ])('procliticForms(%s) never yields %s', (key, form) => expect(procliticForms(key)).not.toContain(form));

  it.each<[string, string]>([
    ['مقاومتهم', 'مقاومه'],
    ['مقاومتها', 'مقاومه'],
    ['مقاومته', 'مقاومه'],
    ['كتابهم', 'كتاب'],
  ])('suffixForms(%s) contains %s', (key, form) => expect(suffixForms(key)).toContain(form));

  it.each<[string, string]>([
    ['مقاومه', 'مقاوم'], // ة (folded to ه) is not the pronoun ه
    ['كتابي', 'كتاب'], // one-letter pronouns only after ت
    ['لهم', 'ل'],
  ])('suffixForms(%s) never yields %s', (key, form) => expect(suffixForms(key)).not.toContain(form));
});
