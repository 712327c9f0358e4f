import { describe, expect, it } from 'vitest';
import type { Lang } from '../../text/lang';
import { qaContext } from '../run';
import { MILITIA_GLOSSARY } from '../test-glossary';
import { seg } from '../test-helpers';
import { termForbidden } from './term-forbidden';

const found = (target: string, lang: Lang) =>
  termForbidden
    .run(seg('a senior Qods Force officer', target), qaContext('en', lang, MILITIA_GLOSSARY))
    .map((f) => ({ ...f.params, at: target.slice(f.start, f.end), severity: f.severity }));

describe('term-forbidden', () => {
  it.each([
    {
      name: 'deprecated Arabic term',
      lang: 'ar',
      target: 'ضابط كبير في قوة القدس',
      expected: [{ conceptId: 'qods-force', term: 'قوة القدس', status: 'deprecated', expected: 'فيلق القدس', at: 'قوة القدس', severity: 'error' }],
    },
    {
      name: 'deprecated term behind a preposition clitic',
      lang: 'ar',
      target: 'ضابط كبير بقوة القدس',
      expected: [{ conceptId: 'qods-force', term: 'قوة القدس', status: 'deprecated', expected: 'فيلق القدس', at: 'بقوة القدس', severity: 'error' }],
    },
    {
      name: 'deprecated term written with diacritics',
      lang: 'ar',
      target: 'في قُوَّة القدس',
      expected: [{ conceptId: 'qods-force', term: 'قوة القدس', status: 'deprecated', expected: 'فيلق القدس', at: 'قُوَّة القدس', severity: 'error' }],
    },
    {
      name: 'forbidden calque',
      lang: 'ar',
      target: 'وقوات التعبئة الشعبية',
      expected: [{ conceptId: 'pmf', term: 'قوات التعبئة الشعبية', status: 'forbidden', expected: 'الحشد الشعبي', at: 'وقوات التعبئة الشعبية', severity: 'error' }],
    },
  ] as const)('flags $name', ({ lang, target, expected }) => {
    expect(found(target, lang)).toEqual(expected);
  });

  it.each([
    { name: 'preferred Arabic term with clitic', lang: 'ar', target: 'ضابط كبير بفيلق القدس' },
    { name: 'preferred Farsi term', lang: 'fa', target: 'افسر ارشد نیروی قدس' },
    { name: 'Farsi admitted term', lang: 'fa', target: 'افسر ارشد سپاه قدس' },
    { name: 'the Arabic deprecated words in a Farsi target are not Farsi terms', lang: 'fa', target: 'قوة القدس' },
    { name: 'only part of the deprecated term', lang: 'ar', target: 'قوة كبيرة في القدس' },
  ] as const)('passes $name', ({ lang, target }) => {
    expect(found(target, lang)).toEqual([]);
  });
});
