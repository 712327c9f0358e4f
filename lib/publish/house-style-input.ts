import type { Lang } from '../text/lang';
import { resolveHouseStyle, type HouseStyle } from './house-style';
import { PublishError } from './types';

/** Every option of the house style and the values it takes (the edition page's form offers these). */
export const STYLE_VALUES: { [K in keyof HouseStyle]: readonly HouseStyle[K][] } = {
  dateFormat: ['both-months', 'levantine', 'egyptian'],
  digits: ['western', 'arabic-indic', 'persian'],
  calendar: ['gregorian', 'solar-hijri'],
  quotes: ['guillemets', 'keep'],
  isolateLatin: [true, false],
};

/**
 * House-style overrides from a form, the CLI or the API, checked: known options and values, and
 * printable in `lang`. Throws `house-style-invalid` {option, value} or `house-style-unsupported`.
 */
export function parseHouseStyle(lang: Lang, value: unknown): Partial<HouseStyle> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new PublishError('house-style-invalid', {});
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const allowed = (STYLE_VALUES as Record<string, readonly unknown[]>)[k];
    if (!allowed || !allowed.includes(v)) throw new PublishError('house-style-invalid', { option: k, value: String(v) });
    out[k] = v;
  }
  resolveHouseStyle(lang, out as Partial<HouseStyle>);
  return out as Partial<HouseStyle>;
}
