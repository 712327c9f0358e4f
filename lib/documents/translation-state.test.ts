import { describe, expect, it } from 'vitest';
import { confirmedState, importedState, mergedState, stateAfterEdit } from './translation-state';

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
    ['initial', 'translated', 'متن', 'translated'], // "initial" for a non-empty text is not taken
    [undefined, 'reviewed', 'نص', 'reviewed'],
    [undefined, undefined, '', 'initial'],
  ] as const)('an XLIFF target in state %s over %s with %j is %s', (fileState, previous, text, want) => {
    expect(importedState(fileState, previous, text)).toBe(want);
  });
});
