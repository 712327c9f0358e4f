import type { DetectedQuote, Range } from './types';

const VERBS = /(?<![\p{L}])(stated|said|says|say|tweeted|tweets|wrote|writes|posted|posts|read|reads|declared|added|announced|warned|noted|asserted|claimed|commented|replied|told|urged|was telling|the following)(?![\p{L}])/gu;
const NAME = /(?:\p{Lu}[\p{L}’'-]*|(?:al|el|bin|ibn|abu|abd)-\p{Lu}[\p{L}’'-]*)(?:\s+(?:(?:al|el|bin|ibn|abu|abd)-?)?\p{Lu}[\p{L}’'-]*)*/gu;
const NOT_NAMES = new Set(
  ('A An The This That These Those On In At After Before Also But And Yet For Such If When While ' +
    'January February March April May June July August September October November December').split(' '),
);
const PREPOSITIONS = /(?:^|\s)(?:in|of|to|from|at|on|with|for|about|against|the|a|an|toward|towards)\s+$/u;

/**
 * The attribution of a quote from the sentence before it: the last attribution verb, and as speaker the
 * first name that is the subject of a verb ("Amir al-Taee tweeted", "Sabereen News harshly criticized",
 * "by Sanad al-Hamdani, ..., who tweeted"). Pronouns ("he stated") leave the speaker unset.
 */
export function attributionOf(text: string, lead: Range): { attribution?: DetectedQuote['attribution'] } {
  const sentence = text.slice(lead.start, lead.end);
  let verb: RegExpExecArray | null = null;
  VERBS.lastIndex = 0;
  for (let m = VERBS.exec(sentence); m !== null; m = VERBS.exec(sentence)) verb = m;
  if (!verb) return {};
  const speaker = speakerIn(sentence.slice(0, verb.index));
  return {
    attribution: {
      start: lead.start + verb.index,
      end: lead.start + verb.index + verb[0].length,
      verb: verb[0],
      ...(speaker ? { speaker } : {}),
    },
  };
}

function speakerIn(before: string): string | undefined {
  NAME.lastIndex = 0;
  for (let m = NAME.exec(before); m !== null; m = NAME.exec(before)) {
    let name = m[0];
    let at = m.index;
    // A sentence-initial function word or month is not part of a name ("On November", "The message").
    while (NOT_NAMES.has(name.split(/\s+/u)[0]!)) {
      const rest = name.replace(/^\S+\s*/u, '');
      at += name.length - rest.length;
      name = rest;
    }
    if (name.length < 2 || /^\p{Lu}+$/u.test(name)) continue;
    const preceding = before.slice(0, at);
    if (PREPOSITIONS.test(preceding)) continue;
    const after = before.slice(at + name.length);
    // Subject of a verb: a word in -ed/-s, possibly after an -ly adverb, or an apposition closed by "who".
    if (/^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)(?![\p{L}])/u.test(after) || /^,[^.]*,\s*who(?![\p{L}])/u.test(after)) {
      return name.replace(/['’]s$/u, '');
    }
  }
  return undefined;
}
