import type { Lang } from '../text/lang';

/**
 * Numbers and months written as words, as anchor keys that meet the digits of the other side: "three"
 * ~ ٣ ~ ثلاثة ~ سه share `n:3`; "March" ~ مارس ~ آذار share `m:3`; "million" ~ مليون ~ میلیون share
 * `n:e6`. Only words without a common second meaning are listed: English "one" (one of) and "may",
 * Farsi نه (no) and می (the verb prefix), Arabic آب (also أب, father) are left out; "May", مه / می and
 * Arabic مارس (also a verb) count only beside a digit.
 */
const EN: Record<string, string> = {
  two: 'n:2', three: 'n:3', four: 'n:4', five: 'n:5', six: 'n:6', seven: 'n:7', eight: 'n:8', nine: 'n:9', ten: 'n:10',
  eleven: 'n:11', twelve: 'n:12', thirteen: 'n:13', fourteen: 'n:14', fifteen: 'n:15', sixteen: 'n:16', seventeen: 'n:17',
  eighteen: 'n:18', nineteen: 'n:19', twenty: 'n:20', thirty: 'n:30', forty: 'n:40', fifty: 'n:50', sixty: 'n:60',
  seventy: 'n:70', eighty: 'n:80', ninety: 'n:90',
  hundred: 'n:e2', hundreds: 'n:e2', thousand: 'n:e3', thousands: 'n:e3', million: 'n:e6', millions: 'n:e6', billion: 'n:e9', billions: 'n:e9',
  january: 'm:1', february: 'm:2', march: 'm:3', april: 'm:4', june: 'm:6', july: 'm:7', august: 'm:8',
  september: 'm:9', october: 'm:10', november: 'm:11', december: 'm:12',
};
// Arabic: masculine and feminine forms, nominative and oblique; both month series (يناير / كانون الثاني).
const AR: Record<string, string> = {
  اثنان: 'n:2', اثنين: 'n:2', اثنتان: 'n:2', اثنتين: 'n:2', ثلاثه: 'n:3', ثلاث: 'n:3', اربعه: 'n:4', اربع: 'n:4',
  خمسه: 'n:5', خمس: 'n:5', سته: 'n:6', ست: 'n:6', سبعه: 'n:7', سبع: 'n:7', ثمانيه: 'n:8', ثماني: 'n:8', ثمان: 'n:8',
  تسعه: 'n:9', تسع: 'n:9', عشره: 'n:10', عشر: 'n:10',
  عشرون: 'n:20', عشرين: 'n:20', ثلاثون: 'n:30', ثلاثين: 'n:30', اربعون: 'n:40', اربعين: 'n:40', خمسون: 'n:50', خمسين: 'n:50',
  ستون: 'n:60', ستين: 'n:60', سبعون: 'n:70', سبعين: 'n:70', ثمانون: 'n:80', ثمانين: 'n:80', تسعون: 'n:90', تسعين: 'n:90',
  مائه: 'n:e2', مئه: 'n:e2', مئات: 'n:e2', الف: 'n:e3', الاف: 'n:e3', مليون: 'n:e6', ملايين: 'n:e6', مليار: 'n:e9', مليارات: 'n:e9', بليون: 'n:e9',
  يناير: 'm:1', فبراير: 'm:2', شباط: 'm:2', اذار: 'm:3', ابريل: 'm:4', نيسان: 'm:4', مايو: 'm:5', ايار: 'm:5',
  يونيو: 'm:6', يونيه: 'm:6', حزيران: 'm:6', يوليو: 'm:7', يوليه: 'm:7', تموز: 'm:7', اغسطس: 'm:8',
  سبتمبر: 'm:9', ايلول: 'm:9', اكتوبر: 'm:10', نوفمبر: 'm:11', ديسمبر: 'm:12',
};
// Two-word Arabic months: كانون الثاني (January), تشرين الأول (October) ...
const AR_PAIRS: Record<string, string> = { 'كانون ثاني': 'm:1', 'كانون اول': 'm:12', 'تشرين اول': 'm:10', 'تشرين ثاني': 'm:11' };
const FA: Record<string, string> = {
  دو: 'n:2', سه: 'n:3', چهار: 'n:4', پنج: 'n:5', شش: 'n:6', هفت: 'n:7', هشت: 'n:8', ده: 'n:10',
  یازده: 'n:11', دوازده: 'n:12', سیزده: 'n:13', چهارده: 'n:14', پانزده: 'n:15', شانزده: 'n:16', هفده: 'n:17', هجده: 'n:18',
  هیجده: 'n:18', نوزده: 'n:19', بیست: 'n:20', سی: 'n:30', چهل: 'n:40', پنجاه: 'n:50', شصت: 'n:60', هفتاد: 'n:70',
  هشتاد: 'n:80', نود: 'n:90', صد: 'n:e2', هزار: 'n:e3', میلیون: 'n:e6', میلیارد: 'n:e9',
  ژانویه: 'm:1', فوریه: 'm:2', مارس: 'm:3', آوریل: 'm:4', ژوئن: 'm:6', ژوئیه: 'm:7', جولای: 'm:7', اوت: 'm:8', آگوست: 'm:8',
  سپتامبر: 'm:9', اکتبر: 'm:10', نوامبر: 'm:11', دسامبر: 'm:12',
};
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/gu;
const EDGE_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
const longestFirst = (words: string[]) => words.sort((a, b) => b.length - a.length).join('|');

// One scan per sentence for the listed words only (a word-by-word lookup cost as much as the rest
// of the anchors). Arabic: optional clitics (و ف, then ب ل ك with or without ال, or لل); a final ه also
// matches ة and a final ي also ى, as the dictionary keys are normalized.
const EN_WORDS = new RegExp(`${EDGE_BEFORE}(${longestFirst([...Object.keys(EN), 'may'])})${EDGE_AFTER}`, 'giu');
const arabicKey = (w: string) => w.replace(/ه$/u, '[هة]').replace(/ي$/u, '[يى]');
const AR_WORDS = new RegExp(`${EDGE_BEFORE}[وف]?(?:[بلك]?ال|لل|[بلك])?(${longestFirst([...Object.keys(AR), 'مارس'].map(arabicKey))})${EDGE_AFTER}`, 'gu');
const AR_MONTH_PAIRS = /(?<![\p{L}\p{M}])[وف]?[بل]?(كانون|تشرين)\s+ال(ثاني|اول)(?![\p{L}\p{M}])/gu;
const FA_WORDS = new RegExp(`${EDGE_BEFORE}(${longestFirst([...Object.keys(FA), 'مه', 'می'])})${EDGE_AFTER}`, 'gu');

/** Number and month keys of the words of a sentence (`n:3`, `n:e6`, `m:3`), in no particular order. */
export function numberWordKeys(text: string, lang: Lang): string[] {
  const keys: string[] = [];
  const besideDigit = (m: RegExpExecArray) => DIGIT.test(text.slice(Math.max(0, m.index - 3), m.index + m[0].length + 3));
  if (lang === 'en') {
    for (const m of text.matchAll(EN_WORDS)) {
      const w = m[1]!;
      const key = EN[w.toLowerCase()];
      // Month names are capitalized; "May" only beside a date's digits.
      if (key && (key[0] === 'n' || /^\p{Lu}/u.test(w))) keys.push(key);
      else if (w === 'May' && besideDigit(m)) keys.push('m:5');
    }
  } else if (lang === 'ar') {
    text = text.replace(ARABIC_MARKS, '').replace(/[أإآ]/gu, 'ا');
    for (const m of text.matchAll(AR_MONTH_PAIRS)) keys.push(AR_PAIRS[`${m[1]} ${m[2]}`]!);
    for (const m of text.matchAll(AR_WORDS)) {
      const w = m[1]!.replace(/ة$/u, 'ه').replace(/ى$/u, 'ي');
      // مارس is also a verb (practised): a month only beside a date's digits.
      if (w === 'مارس') {
        if (besideDigit(m)) keys.push('m:3');
      } else keys.push(AR[w]!);
    }
  } else {
    text = text.replace(/ي/gu, 'ی').replace(/ك/gu, 'ک');
    for (const m of text.matchAll(FA_WORDS)) {
      const w = m[1]!;
      // مه / می as May beside a date's digits, but not می‌ before a verb (۵ می‌رسد).
      if (w === 'مه' || w === 'می') {
        if (text[m.index + w.length] !== '\u200C' && besideDigit(m)) keys.push('m:5');
      } else keys.push(FA[w]!);
    }
  }
  return keys;
}
