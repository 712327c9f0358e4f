/** Month names by language, Gregorian calendar only (Solar Hijri and Hijri dates are left alone). */
const MONTHS: Array<[number, string[]]> = [
  [1, ['january', 'jan', 'يناير', 'كانون الثاني', 'ژانویه']],
  [2, ['february', 'feb', 'فبراير', 'شباط', 'فوریه']],
  [3, ['march', 'mar', 'مارس', 'آذار', 'اذار']],
  [4, ['april', 'apr', 'أبريل', 'ابريل', 'إبريل', 'نيسان', 'آوریل']],
  [5, ['may', 'مايو', 'أيار', 'ايار', 'مه']],
  [6, ['june', 'jun', 'يونيو', 'يونيه', 'حزيران', 'ژوئن']],
  [7, ['july', 'jul', 'يوليو', 'يوليه', 'تموز', 'ژوئیه', 'ژوئیهٔ', 'جولای']],
  [8, ['august', 'aug', 'أغسطس', 'اغسطس', 'آب', 'اوت', 'آگوست']],
  [9, ['september', 'sep', 'sept', 'سبتمبر', 'أيلول', 'ايلول', 'سپتامبر']],
  [10, ['october', 'oct', 'أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين الاول', 'اکتبر']],
  [11, ['november', 'nov', 'نوفمبر', 'تشرين الثاني', 'نوامبر']],
  [12, ['december', 'dec', 'ديسمبر', 'كانون الأول', 'كانون الاول', 'دسامبر']],
];
const MONTH_BY_NAME = new Map<string, number>(MONTHS.flatMap(([n, names]) => names.map((name) => [name, n] as [string, number])));
// Longest names first so "كانون الثاني" is not read as a shorter prefix.
const MONTH_ALT = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');
const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|جمعه)\s*[,،]?\s*`;
const LEAD = String.raw`^(?:(?:published|updated|date|تاريخ النشر|تاریخ انتشار)\s*:?\s*)?(?:${WEEKDAY})?`;
const MONTH_DAY_YEAR = new RegExp(`${LEAD}(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*[,،]?\\s+(\\d{4})$`, 'iu');
const DAY_MONTH_YEAR = new RegExp(`${LEAD}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ALT})\\.?\\s*[,،]?\\s+(\\d{4})(?:\\s*م)?$`, 'iu');
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Arabic-Indic and Persian digits to ASCII; bidi marks and tatweel removed. */
function normalizeDigits(s: string): string {
  return s
    .replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/gu, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u200e\u200f\u061c\u0640]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A whole-string Gregorian date ("Nov 13, 2021", "13 November 2021", "١٣ نوفمبر ٢٠٢١",
 * "۱۳ نوامبر ۲۰۲۱", "2021-11-13") as ISO yyyy-mm-dd, or null.
 */
export function parseDate(input: string): string | null {
  const s = normalizeDigits(input);
  let m = ISO.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return iso(Number(m[3]), MONTH_BY_NAME.get(m[1].toLowerCase()) ?? 0, Number(m[2]));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return iso(Number(m[3]), MONTH_BY_NAME.get(m[2].toLowerCase()) ?? 0, Number(m[1]));
  return null;
}
