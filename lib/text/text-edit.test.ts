import { describe, expect, it } from 'vitest';
import { textEdit, type TextEdit } from './text-edit';

const apply = (before: string, e: TextEdit | null) => (e ? before.slice(0, e.from) + e.text + before.slice(e.to) : before);

describe('the one edit between a pane text and what was typed into it', () => {
  it.each([
    ['English, typed at the end', 'the muqawama', 'the muqawama said', { from: 12, to: 12, text: ' said' }],
    ['English, typed in the middle', 'the Qods Force', 'the IRGC Qods Force', { from: 4, to: 4, text: 'IRGC ' }],
    ['Arabic, a word added with digits', 'قال كتائب حزب الله', 'قال كتائب حزب الله ١٢ مرة', { from: 18, to: 18, text: ' ١٢ مرة' }],
    ['Arabic, a letter deleted', 'المقاومة', 'المقاومه', { from: 7, to: 8, text: 'ه' }],
    ['Farsi, ZWNJ typed and kept', 'می شود', 'می\u200cشود', { from: 2, to: 3, text: '\u200c' }],
    ['Farsi, typed into an empty pane', '', 'سپاه\u200cپاسداران', { from: 0, to: 0, text: 'سپاه\u200cپاسداران' }],
    ['a selection typed over', 'فيلق القدس الإيراني', 'فيلق القدس', { from: 10, to: 19, text: '' }],
  ])('%s', (_name, before, after, edit) => {
    const e = textEdit(before, after);
    expect(e).toEqual(edit);
    expect(apply(before, e)).toBe(after);
  });

  it('finds nothing when nothing changed', () => {
    expect(textEdit('حزب\u200cالله', 'حزب\u200cالله')).toBeNull();
  });

  it('a repeated letter typed next to its twin is one insertion, wherever it is placed', () => {
    const e = textEdit('الله', 'اللله');
    expect(apply('الله', e)).toBe('اللله');
    expect(e!.to - e!.from).toBe(0);
    expect(e!.text).toBe('ل');
  });

  it('never cuts a character outside the BMP in half', () => {
    // U+1F600 and U+1F601 share their high surrogate
    const e = textEdit('a\u{1F600}b', 'a\u{1F601}b');
    expect(e).toEqual({ from: 1, to: 3, text: '\u{1F601}' });
    // U+10400 and U+11400 share their low surrogate
    const f = textEdit('x\u{10400}y', 'x\u{11400}y');
    expect(f).toEqual({ from: 1, to: 3, text: '\u{11400}' });
  });

  it('two edits far apart come out as one that keeps everything typed', () => {
    const before = 'one two three';
    const after = 'ONE two threE';
    expect(apply(before, textEdit(before, after))).toBe(after);
  });
});
