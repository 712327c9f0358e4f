import type { Lang } from '../text/lang';
import { localizeDigits } from './digits';
import type { HouseStyle } from './house-style';
import { PublishError } from './types';

/** A date of the Solar Hijri (Iranian) calendar; month 1 is Farvardin. */
export interface SolarHijriDate {
  year: number;
  month: number;
  day: number;
}

// Calendars and month names come from ICU (Intl.DateTimeFormat): the Persian calendar, the Levantine
// month names of ar-SY (as in Syria, Lebanon, Jordan and Iraq), the Egyptian ones of ar-EG. Digits are
// asked for in Latin and written in the house style's system afterwards (localizeDigits).
const FORMATS = {
  en: 'en-GB',
  levantine: 'ar-SY-u-nu-latn',
  egyptian: 'ar-EG-u-nu-latn',
  'fa-gregorian': 'fa-IR-u-ca-gregory-nu-latn',
  'fa-solar-hijri': 'fa-IR-u-ca-persian-nu-latn',
} as const;
const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(date: Date, form: keyof typeof FORMATS, month: 'long' | 'numeric' = 'long'): { day: string; month: string; year: string } {
  const key = `${form}:${month}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(FORMATS[form], { timeZone: 'UTC', day: 'numeric', month, year: 'numeric' })));
  const out = { day: '', month: '', year: '' };
  for (const p of f.formatToParts(date)) if (p.type === 'day' || p.type === 'month' || p.type === 'year') out[p.type] = p.value;
  return out;
}

/** Reads a yyyy-mm-dd date; throws `edition-date-invalid` for anything else (including 2021-02-30). */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const back = new Date(Date.UTC(year, month - 1, day));
    if (back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new PublishError('edition-date-invalid', { value: iso });
}

// House rule: Solar Hijri dates are printed from 1304 AP (1925, when Iran adopted the calendar) to 1472
// AP (2094), where the arithmetic calendar ICU computes agrees with the official astronomical one.
const MIN_YEAR = 1304;
const MAX_YEAR = 1472;

/** A Gregorian date in the Solar Hijri calendar (ICU's Persian calendar); throws `edition-date-out-of-range` outside 1304-1472 AP. */
export function toSolarHijri(year: number, month: number, day: number): SolarHijriDate {
  const p = parts(new Date(Date.UTC(year, month - 1, day)), 'fa-solar-hijri', 'numeric');
  const sh = { year: Number(p.year), month: Number(p.month), day: Number(p.day) };
  if (!(sh.year >= MIN_YEAR && sh.year <= MAX_YEAR)) throw new PublishError('edition-date-out-of-range', { calendar: 'solar-hijri', year, month, day });
  return sh;
}

/** The publication date as the house style prints it ("13 تشرين الثاني/نوفمبر 2021", "۲۲ آبان ۱۴۰۰"), always day, month, year. */
export function formatEditionDate(iso: string, lang: Lang, style: HouseStyle): string {
  const { year, month, day } = parseIsoDate(iso);
  const date = new Date(Date.UTC(year, month - 1, day));
  let text: string;
  if (lang === 'fa') {
    if (style.calendar === 'solar-hijri') toSolarHijri(year, month, day);
    const p = parts(date, style.calendar === 'solar-hijri' ? 'fa-solar-hijri' : 'fa-gregorian');
    text = `${p.day} ${p.month} ${p.year}`;
  } else if (style.calendar === 'solar-hijri') {
    throw new PublishError('house-style-unsupported', { option: 'calendar', value: style.calendar, lang });
  } else if (lang === 'ar') {
    // House rule: by default both month names, Levantine first ("تشرين الثاني/نوفمبر"); ICU has no such form.
    const levantine = parts(date, 'levantine');
    const name = style.dateFormat === 'levantine' ? levantine.month : style.dateFormat === 'egyptian' ? parts(date, 'egyptian').month : `${levantine.month}/${parts(date, 'egyptian').month}`;
    text = `${day} ${name} ${year}`;
  } else {
    const p = parts(date, 'en');
    text = `${p.day} ${p.month} ${p.year}`;
  }
  return localizeDigits(text, style);
}
