import { describe, expect, it } from 'vitest';
import { extractMentions, mentionHandles, mentionRuns } from './mentions';

describe('extractMentions', () => {
  it.each([
    ['English', 'Please check, @sara and @Omar.', ['sara', 'omar']],
    ['Arabic handle', 'يا @سارة راجعي الترجمة من فضلك', ['سارة']],
    ['Farsi handle keeps the ZWNJ', 'لطفاً @می‌نا این را ببیند', ['می‌نا']],
    ['dotted id, trailing full stop dropped', 'ask @a.karimi.', ['a.karimi']],
    ['an e-mail address is not a mention', 'write to ali@example.org', []],
    ['each handle once', '@ali @Ali @ali', ['ali']],
    ['nothing', 'no mention here', []],
  ])('%s', (_name, body, expected) => {
    expect(extractMentions(body)).toEqual(expected);
  });
});

describe('mentionHandles and mentionRuns', () => {
  it('mentions a user by id or by name without spaces', () => {
    expect(mentionHandles({ id: 'local', name: 'Local user' })).toEqual(['local', 'localuser']);
    expect(mentionHandles({ id: 'u7', name: 'مریم احمدی' })).toEqual(['u7', 'مریماحمدی']);
  });
  it('cuts a body into text and mention runs that rebuild it', () => {
    const body = 'سلام @مریم، ببین';
    const runs = mentionRuns(body);
    expect(runs.map((r) => r.text).join('')).toBe(body);
    expect(runs.filter((r) => r.handle).map((r) => r.handle)).toEqual(['مریم']);
  });
});
