import { trimRuns, type Block } from './runs';
import type { ParsedSource } from './source-meta';

/**
 * Plain text to paragraphs: blank lines separate paragraphs and single newlines are soft.
 * A text with no blank line at all has one paragraph per line (how many editors save).
 */
export function parsePlainText(source: string): ParsedSource {
  const text = source.replace(/\r\n?/gu, '\n');
  const hasBlankLine = /\n[^\S\n]*\n/u.test(text.trim());
  const chunks = hasBlankLine ? text.split(/\n(?:[^\S\n]*\n)+/u) : text.split('\n');
  const blocks: Block[] = [];
  for (const chunk of chunks) {
    const joined = chunk.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
    const runs = trimRuns([{ text: joined, marks: [] }]);
    if (runs.length) blocks.push({ kind: 'paragraph', runs });
  }
  return { blocks, meta: {} };
}
