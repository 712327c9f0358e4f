import { describe, expect, it } from 'vitest';
import { IdSchema, parseId } from './ids';

describe('parseId: the one parser of database ids', () => {
  it.each([
    ['7', 7],
    [7, 7],
    ['000123', 123],
    ['999999999999999', 999999999999999],
  ] as const)('%j -> %i', (input, want) => {
    expect(parseId(input)).toBe(want);
    expect(IdSchema.parse(input)).toBe(want);
  });

  it.each([
    ['0'],
    [0],
    [-3],
    ['-3'],
    [1.5],
    ['1.5'],
    ['12abc'],
    [' 12'],
    ['1e3'],
    ['0x10'],
    ['1234567890123456'],
    ['٧'], // Arabic-Indic seven: ids are ASCII
    ['۷'], // Persian seven
    [''],
    [null],
    [undefined],
    [Number.NaN],
    [{}],
  ])('refuses %j', (input) => {
    expect(parseId(input)).toBeNull();
    expect(IdSchema.safeParse(input).success).toBe(false);
  });
});
