/** A mention: `@` then letters, marks, digits, `.`, `_`, `-` or ZWNJ, not glued to a word before it (so an e-mail is not one). */
const MENTION = /(?<![\p{L}\p{M}\p{N}_.@])@([\p{L}\p{M}\p{N}_\u200C-]+(?:\.[\p{L}\p{M}\p{N}_\u200C-]+)*)/gu;

/** The handles a comment mentions, in order of first appearance, lower-cased, each once (a trailing full stop is not part of one). */
export function extractMentions(body: string): string[] {
  const seen = new Set<string>();
  for (const m of body.matchAll(MENTION)) seen.add(m[1]!.toLowerCase());
  return [...seen];
}

/** The handle a user is mentioned by: the user's id, or the name without spaces, lower-cased. */
export function mentionHandles(user: { id: string; name: string }): string[] {
  return [...new Set([user.id.toLowerCase(), user.name.replace(/\s+/gu, '').toLowerCase()])];
}

/** Splits a body into plain runs and mention runs (for rendering mentions as names). */
export function mentionRuns(body: string): { text: string; handle?: string }[] {
  const out: { text: string; handle?: string }[] = [];
  let at = 0;
  for (const m of body.matchAll(MENTION)) {
    if (m.index > at) out.push({ text: body.slice(at, m.index) });
    out.push({ text: m[0], handle: m[1]!.toLowerCase() });
    at = m.index + m[0].length;
  }
  if (at < body.length) out.push({ text: body.slice(at) });
  return out;
}
