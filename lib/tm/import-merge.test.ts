import { describe, expect, it } from 'vitest';
import type { Lang } from '../text/lang';
import { planImport, type ExistingUnit } from './import-merge';
import { pairKeys } from './tokens';
import type { UnitDraft } from './tmx-units';

const draft = (source: string, target: string, targetLang: Lang, extra: Partial<UnitDraft> = {}): UnitDraft => ({
  level: 'sentence', sourceLang: 'en', targetLang, sourceText: source, targetText: target, sourceContent: null, targetContent: null, sourceTags: 0,
  ...pairKeys(source, target, 'en', targetLang), prevKey: null, nextKey: null, documentId: null, segmentId: null, sentenceIndex: null,
  tuid: null, props: null, author: 'me', createdAt: null, changedAt: null, ...extra,
});
let ids = 0;
const stored = (d: UnitDraft, extra: Partial<ExistingUnit> = {}): ExistingUnit => ({
  id: ++ids, sourceLang: d.sourceLang, targetLang: d.targetLang, sourceKey: d.sourceKey, targetKey: d.targetKey, tuid: d.tuid, imported: true, changedAt: '2024-02-01T00:00:00.000Z', ...extra,
});

describe('planImport', () => {
  const ar = draft('Talks resume on Monday.', 'تُستأنف المحادثات يوم الاثنين.', 'ar', { tuid: 'a2' });
  const fa = draft('Talks resume on Monday.', 'گفت‌وگوها دوشنبه از سر گرفته می‌شود.', 'fa', { tuid: 'f2' });

  it('does not add what the memory holds; a newer or undated copy is offered as an update, an older one left', () => {
    const e1 = stored(ar);
    const e2 = stored(fa);
    const plan = planImport([{ ...ar, changedAt: '2024-03-01T00:00:00Z' }, { ...fa, changedAt: '2023-01-01T00:00:00Z' }], [e1, e2]);
    expect(plan).toMatchObject({ add: [], update: [{ id: e1.id }], unchanged: 1 });
    expect(planImport([ar], [e1]).update).toHaveLength(1); // undated: the import is the newest word
  });

  it('matches on normalized keys: harakat, alef forms and Farsi yeh variants are one unit', () => {
    const e = stored(draft('Talks resume on Monday.', 'تستانف المحادثات يوم الاثنين.', 'ar'));
    const plan = planImport([draft('Talks resume on Monday.', 'تُستأنَف المحادثاتُ يومَ الإثنين.', 'ar')], [e]);
    expect(plan.add).toHaveLength(0);
    const f = stored(draft('Talks resume on Monday.', 'گفت‌وگوها دوشنبه از سر گرفته مي‌شود.', 'fa'));
    expect(planImport([fa], [f]).add).toHaveLength(0);
  });

  it('a second translation of a source is added, unless its tuid names the stored unit', () => {
    const e = stored(ar);
    const other = draft('Talks resume on Monday.', 'المحادثات تُستأنف الاثنين.', 'ar');
    expect(planImport([other], [e])).toMatchObject({ add: [other], update: [] });
    expect(planImport([{ ...other, tuid: 'a2' }], [e])).toMatchObject({ add: [], update: [{ id: e.id }] });
    // a tuid of another source is another unit (tools number their units 1, 2, 3…)
    const elsewhere = draft('Casualty figures were revised.', 'عُدّلت أرقام الضحايا.', 'ar', { tuid: 'a2' });
    expect(planImport([elsewhere], [e]).add).toEqual([elsewhere]);
  });

  it('the editor\'s units are never rewritten by an import, and repeats in a file count once', () => {
    const e = stored(ar, { imported: false });
    expect(planImport([{ ...ar, changedAt: '2030-01-01T00:00:00Z' }], [e])).toMatchObject({ add: [], update: [], unchanged: 1 });
    const plan = planImport([ar, { ...ar, author: 'later', changedAt: '2024-05-01T00:00:00Z' }], []);
    expect(plan).toMatchObject({ unchanged: 1, add: [{ author: 'later' }] });
  });
});
