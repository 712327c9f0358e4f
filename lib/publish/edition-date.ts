import type { Lang } from '../text/lang';
import { localizeDigits } from './digits';
import type { HouseStyle } from './house-style';
import { toSolarHijri } from './solar-hijri';
import { PublishError } from './types';

// Month names are calendar data, not UI words: each list is fixed by usage, not by translation.
const LEVANTINE = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const EGYPTIAN = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const FARSI_GREGORIAN = ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'];
const SOLAR_HIJRI = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
const ENGLISH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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

/** The publication date as the house style prints it ("13 تشرين الثاني/نوفمبر 2021", "۲۲ آبان ۱۴۰۰"). */
export function formatEditionDate(iso: string, lang: Lang, style: HouseStyle): string {
  const { year, month, day } = parseIsoDate(iso);
  let text: string;
  if (lang === 'fa') {
    if (style.calendar === 'solar-hijri') {
      const sh = toSolarHijri(year, month, day);
      text = `${sh.day} ${SOLAR_HIJRI[sh.month - 1]} ${sh.year}`;
    } else {
      text = `${day} ${FARSI_GREGORIAN[month - 1]} ${year}`;
    }
  } else if (style.calendar === 'solar-hijri') {
    throw new PublishError('house-style-unsupported', { option: 'calendar', value: style.calendar, lang });
  } else if (lang === 'ar') {
    const name =
      style.dateFormat === 'levantine'
        ? LEVANTINE[month - 1]
        : style.dateFormat === 'egyptian'
          ? EGYPTIAN[month - 1]
          : `${LEVANTINE[month - 1]}/${EGYPTIAN[month - 1]}`;
    text = `${day} ${name} ${year}`;
  } else {
    text = `${day} ${ENGLISH[month - 1]} ${year}`;
  }
  return localizeDigits(text, style);
}
