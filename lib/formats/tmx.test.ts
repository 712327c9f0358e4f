import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTmx } from './tmx-read';
import { writeTmx } from './tmx-write';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../tests/fixtures/tmx/${name}`, import.meta.url)));

describe('readTmx', () => {
  it('reads the header, units, Arabic and Farsi segments and inline codes', () => {
    const doc = readTmx(fixture('en-ar-fa.tmx'));
    expect(doc.header.attrs.srclang).toBe('en');
    expect(doc.missingHeader).toEqual([]);
    expect(doc.header.props[0]).toMatchObject({ type: 'x-source' });
    const first = doc.units[0]!;
    expect(first.attrs.tuid).toBe('1');
    expect(first.variants.map((v) => v.lang)).toEqual(['en', 'ar', 'fa']);
    expect(first.variants[1]!.text).toBe('لم يتبنَّ أحد الضربة.');
    const bold = doc.units[1]!.variants[1]!;
    expect(bold.text).toBe('توعّدت كتائب حزب الله بالرد.');
    expect(bold.tags).toBe(2);
    expect(bold.inline).toContain('<bpt i="1" type="bold">&lt;b&gt;</bpt>');
    const hi = doc.units[3]!.variants[0]!;
    expect(hi.text).toBe('An isolated code opens here, and a muqawama term is highlighted.');
    expect(doc.units[4]!.variants[0]!.text).toBe('AAH &amp; KH read it differently.');
  });

  it.each(['en-ar-fa-utf16le-bom.tmx', 'en-ar-fa-utf16be-bom.tmx', 'en-ar-fa-utf16be.tmx'])('reads %s as the UTF-8 file', (name) => {
    expect(readTmx(fixture(name)).units).toEqual(readTmx(fixture('en-ar-fa.tmx')).units);
  });

  it('refuses what is not TMX, naming line and column', () => {
    expect(() => readTmx('<tmx version="1.4">\n<header srclang="en"/>\n<body><tu><tuv><seg>x</seg></tuv></tu></body></tmx>')).toThrow(
      expect.objectContaining({ code: 'tmx-invalid', line: 3, params: { reason: 'tuv-without-lang' } }),
    );
    expect(() => readTmx('<tmx version="1.4"><header srclang="en"/><body><tu>')).toThrow(expect.objectContaining({ code: 'xml-malformed' }));
    expect(() => readTmx('<xliff/>')).toThrow(expect.objectContaining({ code: 'tmx-invalid' }));
  });

  it('never expands entities declared in the file', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&x;</seg></tuv></tu></body></tmx>';
    expect(() => readTmx(bomb)).toThrow(expect.objectContaining({ code: 'xml-entity-forbidden' }));
  });
});

describe('writeTmx', () => {
  it('writes the required header attributes and reads back the same units', () => {
    const doc = readTmx(fixture('en-ar-fa.tmx'));
    const xml = writeTmx({ attrs: { srclang: 'en' } }, doc.units.map((u) => ({ attrs: u.attrs, props: u.props, notes: u.notes, variants: u.variants })));
    const again = readTmx(xml);
    expect(again.missingHeader).toEqual([]);
    expect(again.units.map((u) => u.variants.map((v) => [v.lang, v.text, v.inline, v.tags]))).toEqual(doc.units.map((u) => u.variants.map((v) => [v.lang, v.text, v.inline, v.tags])));
    expect(again.units.map((u) => [u.attrs, u.props, u.notes])).toEqual(doc.units.map((u) => [u.attrs, u.props, u.notes]));
  });
});
