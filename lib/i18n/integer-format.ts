/**
 * Whole numbers written as Intl.NumberFormat writes them for a locale, from that locale's digits and
 * group separator (read once on the server with Intl, sent with the page). The editor's first render
 * (row labels) writes numbers with them: no Intl.NumberFormat is built while the page hydrates (the first
 * one a page builds loads ICU's number data, 12-30 ms on the main thread), and the client writes the
 * server's very digits. Groups of three, as en, ar and fa group (checked against Intl in the unit test).
 */
export interface IntegerSymbols {
  /** The ten digits, zero first. */
  digits: string;
  /** Between groups of three ('' when the locale does not group). */
  group: string;
  /** A group separator only from this many digits on (4: 1,234; 5: 1234 but 12,345). */
  groupFrom: number;
}

const read = new Map<string, IntegerSymbols>();

/** The locale's symbols for whole numbers, read from Intl.NumberFormat (on the server), once per locale. */
export function integerSymbols(locale: string): IntegerSymbols {
  const known = read.get(locale);
  if (known) return known;
  const f = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const digits = Array.from({ length: 10 }, (_, d) => f.format(d)).join('');
  const group = f.formatToParts(1234567).find((p) => p.type === 'group')?.value ?? '';
  const groupFrom = f.formatToParts(1234).some((p) => p.type === 'group') ? 4 : 5;
  const symbols = { digits, group, groupFrom };
  read.set(locale, symbols);
  return symbols;
}

/** `n` (a whole number) as the symbols' locale writes it. */
export function formatInteger(n: number, s: IntegerSymbols): string {
  const sign = n < 0 ? '-' : '';
  const ascii = String(Math.trunc(Math.abs(n)));
  const digits = [...s.digits];
  let out = '';
  for (let i = 0; i < ascii.length; i++) {
    const left = ascii.length - i;
    out += digits[ascii.charCodeAt(i) - 48];
    if (s.group !== '' && ascii.length >= s.groupFrom && left > 1 && (left - 1) % 3 === 0) out += s.group;
  }
  return sign + out;
}
