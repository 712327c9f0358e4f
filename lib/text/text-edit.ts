/** One edit of a text: the characters from `from` to `to` (UTF-16 offsets in the text before) became `text`. */
export interface TextEdit {
  from: number;
  to: number;
  text: string;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The one edit that turns `before` into `after` (the longest common start and end kept), or null when
 * they are equal. Typing at the caret, deleting, or typing over a selection gives exactly that edit; two
 * edits far apart come out as one replacing what lies between them, so nothing typed is ever lost. A
 * character outside the BMP (two UTF-16 units) is never cut in half.
 */
export function textEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // a shared high surrogate whose low halves differ belongs to the edit
  if (start > 0 && isHigh(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // likewise a shared low surrogate whose high halves differ
  if (end > 0 && isLow(before.charCodeAt(before.length - end))) end--;
  return { from: start, to: before.length - end, text: after.slice(start, after.length - end) };
}
