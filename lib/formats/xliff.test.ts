import { describe, expect, it } from 'vitest';
import { FormatError } from './format-error';
import { parseXliff, validateXliff, writeXliff, type XliffDoc } from './xliff';
import { fixture, fixtureNames, utf8 } from './test-data';

// Our XLIFF 2.1 fixtures: valid files covering core, modules and extensions; each invalid file is named
// for the rule it breaks ("rule.xlf" or "rule--variant.xlf"), so a rejection for another reason fails.
const valid = fixtureNames('xliff/valid', '.xlf');
const invalid = fixtureNames('xliff/invalid', '.xlf');
const ruleOf = (file: string) => file.replace(/\.xlf$/u, '').split('--')[0]!;

describe('XLIFF 2.1 fixtures', () => {
  it('has valid and invalid files, every invalid one for a different rule or variant', () => {
    expect(valid.length).toBeGreaterThanOrEqual(15);
    expect(new Set(invalid.map(ruleOf)).size).toBeGreaterThanOrEqual(25);
  });
  it.each(valid)('accepts %s', (file) => {
    expect(validateXliff(fixture(`xliff/valid/${file}`))).toMatchObject({ valid: true, errors: [] });
  });
  it.each(invalid)('rejects %s for the rule it breaks', (file) => {
    const result = validateXliff(fixture(`xliff/invalid/${file}`));
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.rule)).toContain(ruleOf(file));
    expect(result.errors.every((e) => e.line! > 0)).toBe(true);
  });
  it.each(valid)('round-trips the model of %s', (file) => {
    const doc = parseXliff(fixture(`xliff/valid/${file}`));
    const written = writeXliff(doc);
    expect(validateXliff(utf8(written))).toMatchObject({ valid: true, errors: [] });
    expect(parseXliff(utf8(written))).toStrictEqual(doc);
  });
});

describe('XLIFF validator, more rows', () => {
  const wrap = (unit: string, trg = ' trgLang="ar"') =>
    utf8(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en"${trg}><file id="f"><unit id="u">${unit}</unit></file></xliff>`);
  it.each([
    ['Arabic target', '<segment state="translated"><source>Qods Force</source><target>فيلق القدس</target></segment>', null],
    ['Farsi with ZWNJ', '<segment><source>Qods</source><target xml:lang="ar">نیروی‌قدس</target></segment>', null],
    ['a module element in the wrong place', '<gls:glossary xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0"><gls:glossEntry><gls:term>x</gls:term><gls:definition>d</gls:definition><mda:metadata xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"/></gls:glossEntry></gls:glossary><segment><source>x</source></segment>', 'mod.placement'],
    ['an sc never closed', '<segment><source><sc id="1"/>مقاومة</source></segment>', 'core.sc.isolated'],
    ['a bad dir value', '<segment><source><pc id="1" dir="up">x</pc></source></segment>', 'core.attribute.value'],
    ['xlf:b with the wrong type', '<segment><source><ph id="1" type="ui" subType="xlf:b"/></source></segment>', 'core.subType.value'],
    ['two targets in one position', '<segment><source>a</source><target order="2">ا</target></segment><segment><source>b</source><target>ب</target></segment>', 'core.target.order'],
    ['an inline id repeated', '<segment><source><ph id="1"/><ph id="1"/></source></segment>', 'core.id.unique'],
    ['a comment without value or ref', '<segment><source><mrk id="m" type="comment">x</mrk></source></segment>', 'core.annotation.comment'],
  ])('%s', (_name, unit, rule) => {
    const result = validateXliff(wrap(unit));
    if (rule === null) expect(result).toMatchObject({ valid: true, errors: [] });
    else expect(result).toMatchObject({ valid: false, rule });
  });
  it('rejects a different root namespace and a Farsi target in an Arabic file', () => {
    expect(validateXliff(utf8('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>'))).toMatchObject({ rule: 'core.xliff.namespace' });
    const fa = wrap('<segment><source>Qods</source><target xml:lang="fa">نیروی قدس</target></segment>');
    expect(validateXliff(fa)).toMatchObject({ valid: false, rule: 'core.target.lang' });
  });
  it('reports malformed XML with line and column, and parseXliff throws the rule', () => {
    expect(validateXliff(utf8('<xliff>\n<file></xliff>'))).toMatchObject({ valid: false, rule: 'xml-malformed', line: 2 });
    try {
      parseXliff(fixture('xliff/invalid/core.ec.startRef.xlf'));
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(FormatError);
      expect((err as FormatError).code).toBe('xliff-invalid');
      expect((err as FormatError).params).toMatchObject({ rule: 'core.ec.startRef' });
    }
  });
});

describe('writeXliff', () => {
  const doc: XliffDoc = {
    version: '2.1',
    srcLang: 'en',
    trgLang: 'ar',
    files: [
      {
        id: 'doc-1',
        original: 'sabereen.md',
        notes: [{ id: 'n1', category: 'tarjuman', text: 'Sabereen News & al-Ahad TV' }],
        units: [
          {
            id: 's1',
            name: 'heading',
            notes: [{ text: 'ملاحظة: «عصائب أهل الحق»', appliesTo: 'target', priority: 2 }],
            segments: [
              {
                // Segment ids share the unit's id scope with the source inline codes.
                id: 'seg1',
                state: 'reviewed',
                source: [
                  { kind: 'pc', id: '1', attrs: { type: 'fmt', subType: 'xlf:b' }, content: [{ kind: 'text', text: 'Sabereen News' }] },
                  { kind: 'text', text: ' criticizes <Iran> & ' },
                  { kind: 'mrk', id: 'm1', attrs: { type: 'term', ref: 'urn:tarjuman:concept:qods' }, content: [{ kind: 'text', text: 'Qods Force' }] },
                  { kind: 'ph', id: '2', attrs: { type: 'link', 'tj:href': 'https://example.org/?a=1&b="2"' } },
                  { kind: 'text', text: 'tab\there, CR\r, control \u0001' },
                ],
                target: [{ kind: 'text', text: 'صابرين نيوز تنتقد إيران' }],
              },
              { source: [{ kind: 'text', text: 'نیروی\u200cقدس' }], state: 'initial' },
            ],
          },
        ],
      },
    ],
  };
  it('writes a valid document that reads back equal (tj attributes of codes as original data, cp for control characters)', () => {
    const xml = writeXliff(doc);
    // XLIFF allows only fs and slr attributes on codes: our link target rides in <data>.
    expect(xml).toContain('<ph id="2" type="link" dataRef="tj1"/>');
    expect(xml).toContain('<data id="tj1">{"href":"https://example.org/?a=1&amp;b=\\"2\\""}</data>');
    expect(xml).not.toContain('tj:');
    expect(xml).toContain('<cp hex="0001"/>');
    expect(validateXliff(utf8(xml))).toMatchObject({ valid: true, errors: [] });
    expect(parseXliff(utf8(xml))).toStrictEqual(doc);
  });
});

describe('tj:* attributes on inline codes', () => {
  const legacy = utf8(
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:tj="urn:tarjuman:xliff:1" version="2.1" srcLang="en" trgLang="ar">' +
      '<file id="f"><unit id="u"><segment><source><pc id="1" type="link" tj:href="/node/16715">Asaib Ahl al-Haq</pc></source>' +
      '<target><pc id="1" type="link" tj:href="/node/16715">عصائب أهل الحق</pc></target></segment></unit></file></xliff>',
  );
  it('are not conformant XLIFF, so validate names the rule', () => {
    expect(validateXliff(legacy).errors.map((e) => e.rule)).toEqual(['core.attribute.allowed', 'core.attribute.allowed']);
  });
  it('are still read from files Tarjuman wrote before, and written back as original data', () => {
    const doc = parseXliff(legacy);
    const pc = doc.files[0]!.units[0]!.segments[0]!.target![0]!;
    expect(pc).toMatchObject({ kind: 'pc', attrs: { type: 'link', 'tj:href': '/node/16715' } });
    const xml = writeXliff(doc);
    expect(xml).toContain('<pc id="1" type="link" dataRefStart="tj2" dataRefEnd="tj2">عصائب أهل الحق</pc>');
    expect(validateXliff(utf8(xml))).toMatchObject({ valid: true });
    expect(parseXliff(utf8(xml))).toStrictEqual(doc);
  });
  it('leave data of other tools alone (a data id like ours but no JSON object in it)', () => {
    const other = utf8(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en"><file id="f"><unit id="u">' +
        '<originalData><data id="tj1">&lt;b&gt;</data></originalData><segment><source><ph id="1" dataRef="tj1"/>Badr</source></segment></unit></file></xliff>',
    );
    const unit = parseXliff(other).files[0]!.units[0]!;
    expect(unit.originalData).toEqual({ tj1: '<b>' });
    expect(unit.segments[0]!.source[0]).toEqual({ kind: 'ph', id: '1', attrs: { dataRef: 'tj1' } });
  });
});
