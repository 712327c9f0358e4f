import { describe, expect, it } from 'vitest';
import { confirmedState, importedState, isConfirmed, isDraft, mergedState, stateAfterEdit, stateAfterSave } from './translation-state';

describe('the translation-state rule, one definition for the server and the editor', () => {
  it.each([
    [undefined, 'المقاومة العراقية', 'translated'],
    ['initial', 'مقاومت عراق‌', 'translated'],
    ['reviewed', 'نص معدّل', 'reviewed'],
    ['final', 'متن نهایی', 'final'],
    ['translated', '   ', 'initial'],
    ['final', '', 'initial'],
  ] as const)('an edit from %s to %j is %s', (previous, text, want) => {
    expect(stateAfterEdit(previous, text)).toBe(want);
  });

  it.each([
    [undefined, undefined, 'المقاومة العراقية', 'initial'], // typing makes a draft
    ['initial', '', 'مقاومت عراق‌', 'initial'],
    ['translated', 'نص', 'نص معدّل', 'initial'], // a confirmed text changed drops back to draft
    ['reviewed', 'نص', 'نص معدّل', 'initial'],
    ['final', 'متن نهایی', 'متن نهایی‌تر', 'initial'],
    ['translated', 'نص', 'نص', 'translated'], // the same text (marks only) keeps the state
    ['reviewed', 'می‌خواهم', 'می‌خواهم', 'reviewed'],
    ['translated', 'نص', '  ', 'initial'],
  ] as const)('a save without a state from %s (%j) to %j is %s', (previous, before, text, want) => {
    expect(stateAfterSave(previous, before, text)).toBe(want);
  });

  it.each([
    ['initial', 'نص', false, true],
    ['initial', ' ', false, false],
    ['translated', 'متن', true, false],
    ['reviewed', 'متن', true, false],
    ['final', 'text', true, false],
    [undefined, '', false, false],
  ] as const)('%s with %j: confirmed %s, draft %s', (state, text, confirmed, draft) => {
    expect(isConfirmed(state)).toBe(confirmed);
    expect(isDraft(state, text)).toBe(draft);
  });

  it.each([
    ['initial', 'translated'],
    ['translated', 'translated'],
    ['reviewed', 'reviewed'],
    ['final', 'final'],
  ] as const)('confirming %s gives %s', (current, want) => {
    expect(confirmedState(current)).toBe(want);
  });

  it.each([
    ['translated', 'reviewed', 'بطريقة تُرضي', 'translated'],
    ['initial', 'translated', 'به شیوه‌ای', 'translated'],
    [undefined, undefined, '', 'initial'],
    ['final', undefined, 'نص', 'translated'],
  ] as const)('merging %s and %s into %j gives %s', (a, b, text, want) => {
    expect(mergedState(a, b, text)).toBe(want);
  });

  it.each([
    ['final', undefined, 'نص', 'final'],
    ['initial', 'translated', 'متن', 'initial'], // "initial" with a text is a draft, as in the editor
    [undefined, 'reviewed', 'نص', 'reviewed'],
    [undefined, undefined, '', 'initial'],
  ] as const)('an XLIFF target in state %s over %s with %j is %s', (fileState, previous, text, want) => {
    expect(importedState(fileState, previous, text)).toBe(want);
  });
});
