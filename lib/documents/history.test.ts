import { describe, expect, it } from 'vitest';
import { rebuildText } from '../text/word-diff';
import { historyEntries, type HistoryRevision } from './history';
import type { Lang } from '../text/lang';

let nextId = 1;
const rev = (lang: Lang, action: string, beforeText: string | null, afterText: string | null): HistoryRevision => ({
  id: nextId++, lang, action, baseVersion: 1, version: 2, beforeText, afterText, afterState: 'translated',
  author: { id: 'u1', name: 'Maryam' }, createdAt: '2026-12-05 12:00:00+00',
});

describe('history rows', () => {
  it.each([
    ['en', 'The factions remain silent.', 'The factions stay silent.', [['delete', 'remain'], ['insert', 'stay']]],
    // Arabic: the word with its clitic (وال...) stays one word
    ['ar', 'لا تزال الفصائل صامتة', 'لا تزال والفصائل ساكتة', [['delete', 'الفصائل صامتة'], ['insert', 'والفصائل ساكتة']]],
    // Farsi: a ZWNJ-joined word is one word, never split at the ZWNJ
    ['fa', 'گروه‌های مقاومت خاموش‌اند', 'گروه‌های مقاومت هنوز خاموش‌اند', [['insert', 'هنوز ']]],
  ] as const)('diffs a %s save word by word, words whole', (lang, before, after, changes) => {
    const [entry] = historyEntries([rev(lang, 'save', before, after)], { [lang]: 'something else' });
    expect(entry!.diff.filter((r) => r.op !== 'equal').map((r) => [r.op, r.text])).toEqual(changes);
    expect(rebuildText(entry!.diff, 'before')).toBe(before);
    expect(rebuildText(entry!.diff, 'after')).toBe(after);
  });

  it('diffs the first save against nothing and a refused text against the stored one', () => {
    const [first, refused] = historyEntries([rev('ar', 'save', null, 'بيان'), rev('fa', 'conflict', 'متن ذخیره‌شده', 'متن من')], {});
    expect(first!.diff).toEqual([{ op: 'insert', text: 'بيان' }]);
    expect(refused!.diff.map((r) => r.op)).toEqual(['equal', 'delete', 'insert']);
  });

  it('offers to restore a text that differs from the current one, never a split or a merge', () => {
    const rows = historyEntries(
      [rev('ar', 'save', 'أ', 'النص الحالي'), rev('ar', 'save', null, 'نص سابق'), rev('ar', 'conflict', 'أ', 'نص مرفوض'), rev('ar', 'split', 'أ ب', 'أ')],
      { ar: 'النص الحالي' },
    );
    expect(rows.map((r) => r.restorable)).toEqual([false, true, true, false]);
    expect(rows[3]!.diff).toEqual([]);
  });
});
