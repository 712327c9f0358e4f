import { PublishError } from './types';

/** A date of the Solar Hijri (Iranian) calendar; month 1 is Farvardin. */
export interface SolarHijriDate {
  year: number;
  month: number;
  day: number;
}

// Anchor: 1 Farvardin 1400 fell on 21 March 2021 (Nowruz). Days are counted from 1970-01-01 UTC.
const ANCHOR_YEAR = 1400;
const ANCHOR_DAY = Date.UTC(2021, 2, 21) / 86_400_000;
// The arithmetic 33-year cycle agrees with the official (astronomical) calendar over this span;
// outside it we refuse rather than print a date that may be a day off.
const MIN_YEAR = 1304; // 1925
const MAX_YEAR = 1472; // 2094
const LEAP_REMAINDERS = new Set([1, 5, 9, 13, 17, 22, 26, 30]);

/** Whether a Solar Hijri year has 366 days (30 days in Esfand), by the 33-year cycle. */
export function isSolarHijriLeap(year: number): boolean {
  return LEAP_REMAINDERS.has(((year % 33) + 33) % 33);
}

function yearLength(year: number): number {
  return isSolarHijriLeap(year) ? 366 : 365;
}

/** Converts a Gregorian date to the Solar Hijri calendar; throws `edition-date-out-of-range` outside 1304-1472 AP. */
export function toSolarHijri(year: number, month: number, day: number): SolarHijriDate {
  const target = Date.UTC(year, month - 1, day) / 86_400_000;
  let y = ANCHOR_YEAR;
  let start = ANCHOR_DAY;
  while (target < start && y > MIN_YEAR - 1) {
    y -= 1;
    start -= yearLength(y);
  }
  while (target >= start + yearLength(y) && y < MAX_YEAR + 1) {
    start += yearLength(y);
    y += 1;
  }
  if (y < MIN_YEAR || y > MAX_YEAR) {
    throw new PublishError('edition-date-out-of-range', { calendar: 'solar-hijri', year, month, day });
  }
  const dayOfYear = target - start; // 0-based
  // Months 1-6 have 31 days, 7-11 have 30, Esfand 29 (30 in a leap year).
  if (dayOfYear < 186) return { year: y, month: Math.floor(dayOfYear / 31) + 1, day: (dayOfYear % 31) + 1 };
  const rest = dayOfYear - 186;
  return { year: y, month: Math.floor(rest / 30) + 7, day: (rest % 30) + 1 };
}
