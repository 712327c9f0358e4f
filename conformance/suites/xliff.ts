/** The OASIS XLIFF 2.1 test suite: valid files must pass the validator (and round-trip), invalid ones fail for their rule. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXliff, validateXliff, writeXliff } from '../../lib/formats/xliff';
import { check, differs, type Suite } from '../suite';

// The rule each invalid file of the suite breaks, so a rejection for the wrong reason fails.
const EXPECTED_RULE: Record<string, string> = {
  'bad_DataRefWithoutOriginalData.xlf': 'core.dataRef.resolve',
  'bad_EcBeforeSc.xlf': 'core.ec.startRef',
  'bad_FileIdNotUnique.xlf': 'core.id.unique',
  'bad_InvalidDirAttributeOnSource.xlf': 'core.attribute.allowed',
  'bad_InvalidFragIdSyntax.xlf': 'core.fragid.leaf',
  'bad_InvalidHexValueOnCp.xlf': 'core.cp.hex',
  'bad_InvalidId1.xlf': 'core.id.syntax',
  'bad_InvalidLoneEm.xlf': 'core.sm.em',
  'bad_InvalidStateValue.xlf': 'core.attribute.value',
  'bad_InvalidTranslateInSegment.xlf': 'core.attribute.allowed',
  'bad_NoFile.xlf': 'core.element.required',
  'bad_NoTrgLang.xlf': 'core.trgLang.required',
  'bad_NoUnitOrGroupInFile.xlf': 'core.element.required',
  'bad_NotesWithoutNote.xlf': 'core.element.required',
  'bad_SegmentIdNotUnique.xlf': 'core.id.unique',
  'bad_SegmentWithoutSource.xlf': 'core.element.required',
  'bad_SrcLangNotWellFormed.xlf': 'core.lang.syntax',
  'bad_SubStateWithoutState.xlf': 'core.subState.state',
  'bad_TwoSourceInUnit.xlf': 'core.element.allowed',
  'bad_UnitWithoutSegment.xlf': 'core.element.required',
  'bad_UnknownDataRefValue.xlf': 'core.dataRef.resolve',
  'bad_WrongLangOnTarget.xlf': 'core.target.lang',
  'bad_WrongReordering1.xlf': 'core.canReorder.target',
  'bad_WrongSourceLang.xlf': 'core.source.lang',
  'bad_XmlLangNotWellFormed.xlf': 'core.lang.syntax',
  'Bad-gls_glossEntry-and-translation-not-unique-in-glossary.xlf': 'mod.gls.id',
  'Bad-gls_glossEntry-w-o-translation-or-definition.xlf': 'mod.gls.content',
  'Bad-gls_invalid-extension.xlf': 'mod.placement',
  'Bad-mtc_match-ID-not-unique.xlf': 'mod.mtc.id',
  'Bad-mtc_match-has-xml_lang.xlf': 'mod.mtc.xmlLang',
};

const xlf = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.xlf')).sort();
const utf8 = (s: string) => new TextEncoder().encode(s);

function validSuite(id: string, folder: string): Suite {
  return {
    id,
    folder,
    run: (dir) =>
      xlf(dir).map((f) =>
        check(f, () => {
          const bytes = readFileSync(join(dir, f));
          const result = validateXliff(bytes);
          if (!result.valid) return `rejected: ${result.rule} at line ${result.line ?? '?'} (${result.message})`;
          // what we read we can write back: the written file is valid and reads back to the same model
          const doc = parseXliff(bytes);
          const written = writeXliff(doc);
          const again = validateXliff(utf8(written));
          if (!again.valid) return `written back, rejected: ${again.rule}`;
          return differs('round trip', parseXliff(utf8(written)), doc);
        }),
      ),
  };
}

function invalidSuite(id: string, folder: string): Suite {
  return {
    id,
    folder,
    run: (dir) =>
      xlf(dir).map((f) =>
        check(f, () => {
          const result = validateXliff(readFileSync(join(dir, f)));
          if (result.valid) return 'accepted, but the suite says it is invalid';
          const expected = EXPECTED_RULE[f];
          if (expected && !result.errors.some((e) => e.rule === expected)) return `rejected for ${result.errors.map((e) => e.rule).join(', ')}, expected ${expected}`;
          return result.line === undefined || result.line > 0 ? null : 'no line in the report';
        }),
      ),
  };
}

const SUITE = 'xliff2/xliff-21-test-suite';

export const xliffSuites: Suite[] = [
  validSuite('xliff-core-valid', `${SUITE}/core/valid`),
  invalidSuite('xliff-core-invalid', `${SUITE}/core/invalid`),
  validSuite('xliff-modules-valid', `${SUITE}/modules/valid`),
  invalidSuite('xliff-modules-invalid', `${SUITE}/modules/invalid`),
];
