import type { HouseStyle } from './house-style';

const ZERO: Record<HouseStyle['digits'], number> = { western: 0x30, 'arabic-indic': 0x660, persian: 0x6f0 };
const ANY_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;
// Tokens left as written: URLs, e-mail addresses and anything holding a Latin letter ("F-16", "COVID-19", "10km").
const TOKEN = /[^\s]+/gu;
const KEEP = /^(?:[\p{Ps}\p{Pi}"'«]*)(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|@|\p{Script=Latin}/iu;
// A comma between a digit and exactly three digits groups thousands; a point between digits is a decimal point.
const GROUP = /(?<=[0-9\u0660-\u0669\u06F0-\u06F9]),(?=[0-9\u0660-\u0669\u06F0-\u06F9]{3}(?![0-9\u0660-\u0669\u06F0-\u06F9]))/gu;
const DECIMAL = /(?<=[0-9\u0660-\u0669\u06F0-\u06F9])\.(?=[0-9\u0660-\u0669\u06F0-\u06F9])/gu;

function digitValue(ch: string): number {
  const c = ch.charCodeAt(0);
  return c <= 0x39 ? c - 0x30 : c <= 0x669 ? c - 0x660 : c - 0x6f0;
}

/**
 * Writes every digit of `text` in the style's digit system (Western, Arabic-Indic or Persian), with
 * ٬ and ٫ as separators in the Eastern systems. URLs and tokens holding Latin letters are untouched.
 * Keeps the length: every change replaces one UTF-16 unit by one.
 */
export function localizeDigits(text: string, style: Pick<HouseStyle, 'digits'>): string {
  const zero = ZERO[style.digits];
  const eastern = style.digits !== 'western';
  return text.replace(TOKEN, (token) => {
    if (!ANY_DIGIT.test(token) || KEEP.test(token)) return token;
    let out = token.replace(/[0-9\u0660-\u0669\u06F0-\u06F9]/gu, (d) => String.fromCharCode(zero + digitValue(d)));
    if (eastern) out = out.replace(GROUP, '\u066C').replace(DECIMAL, '\u066B');
    else out = out.replace(/(?<=\d)\u066C(?=\d)/gu, ',').replace(/(?<=\d)\u066B(?=\d)/gu, '.');
    return out;
  });
}
