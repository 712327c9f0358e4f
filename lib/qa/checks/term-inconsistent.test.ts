import { describe, expect, it } from 'vitest';
import type { Lang } from '../../text/lang';
import { qaContext } from '../run';
import { MILITIA_GLOSSARY } from '../test-glossary';
import type { QaSegment } from '../types';
import { termInconsistent } from './term-inconsistent';

const run = (targets: string[], lang: Lang) => {
  const segs: QaSegment[] = targets.map((t, i) => ({ unitId: `u${i + 1}`, sourceText: 'Qods Force', targetText: t }));
  return termInconsistent
    .run(segs, qaContext('en', lang, MILITIA_GLOSSARY))
    .map((f) => [f.unitId, f.params.conceptId, f.params.term, f.params.expected, targets[Number(f.unitId.slice(1)) - 1]!.slice(f.start, f.end)]);
};

describe('term-inconsistent', () => {
  it.each([
    {
      name: 'Farsi preferred and admitted terms mixed',
      lang: 'fa',
      targets: ['افسر نیروی قدس', 'سپاه قدس گفت', 'و نیروی قدس'],
      expected: [['u2', 'qods-force', 'سپاه قدس', 'نیروی قدس', 'سپاه قدس']],
    },
    {
      name: 'a tie goes to the earlier term',
      lang: 'fa',
      targets: ['سپاه قدس', 'نیروی قدس'],
      expected: [['u2', 'qods-force', 'نیروی قدس', 'سپاه قدس', 'نیروی قدس']],
    },
  ] as const)('flags $name', ({ lang, targets, expected }) => {
    expect(run([...targets], lang)).toEqual(expected);
  });

  it.each([
    { name: 'one Arabic term throughout, with clitics', lang: 'ar', targets: ['فيلق القدس', 'وفيلق القدس', 'لفيلق القدس'] },
    { name: 'full form then Arabic short form', lang: 'ar', targets: ['كتائب حزب الله', 'الكتائب', 'والكتائب'] },
    { name: 'Farsi ZWNJ and space spellings are one term', lang: 'fa', targets: ['کتائب حزب‌الله', 'کتائب حزب الله'] },
    { name: 'deprecated uses are term-forbidden’s', lang: 'ar', targets: ['فيلق القدس', 'قوة القدس'] },
  ] as const)('passes $name', ({ lang, targets }) => {
    expect(run([...targets], lang)).toEqual([]);
  });
});
