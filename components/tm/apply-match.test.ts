import { describe, expect, it } from 'vitest';
import { textContent } from './apply-match';

describe('textContent (a plain match target as editor content)', () => {
  it.each([
    ['English', 'Nobody has claimed the strike.', [[{ type: 'text', text: 'Nobody has claimed the strike.' }]]],
    ['Arabic with Arabic-Indic digits', 'في ٩ آذار، قال مصدران', [[{ type: 'text', text: 'في ٩ آذار، قال مصدران' }]]],
    ['Farsi keeps its ZWNJ', 'می‌گوید', [[{ type: 'text', text: 'می‌گوید' }]]],
    ['two lines, an empty one between', 'الأول\n\nالثاني', [[{ type: 'text', text: 'الأول' }], undefined, [{ type: 'text', text: 'الثاني' }]]],
  ])('%s', (_name, text, paragraphs) => {
    const doc = textContent(text);
    expect(doc.type).toBe('doc');
    expect(doc.content?.map((p) => p.content)).toEqual(paragraphs);
    expect(doc.content?.every((p) => p.type === 'paragraph')).toBe(true);
  });
});
