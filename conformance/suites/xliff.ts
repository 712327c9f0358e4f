/** The OASIS XLIFF 2.1 test suite: valid files must pass the validator (and round-trip), invalid ones fail for their rule. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXliff, validateXliff, writeXliff } from '../../lib/formats/xliff';
import { check, differs, type Suite } from '../suite';

// The rule each invalid file of the suite breaks, so a rejection for the wrong reason fails.
const EXPECTED_RULE: Record<string, string> = {
  'bad_DataRefWithoutOriginalData.xlf': 'dataRef',
  'bad_EcBeforeSc.xlf': 'ec-before-sc',
  'bad_FileIdNotUnique.xlf': 'id-unique',
  'bad_InvalidDirAttributeOnSource.xlf': 'attribute-not-allowed',
  'bad_InvalidFragIdSyntax.xlf': 'fragment-id',
  'bad_InvalidHexValueOnCp.xlf': 'cp-hex',
  'bad_InvalidId1.xlf': 'id-syntax',
  'bad_InvalidLoneEm.xlf': 'em-startRef',
  'bad_InvalidStateValue.xlf': 'state-value',
  'bad_InvalidTranslateInSegment.xlf': 'attribute-not-allowed',
  'bad_NoFile.xlf': 'file-required',
  'bad_NoTrgLang.xlf': 'trgLang-required',
  'bad_NoUnitOrGroupInFile.xlf': 'unit-or-group-required',
  'bad_NotesWithoutNote.xlf': 'note-required',
  'bad_SegmentIdNotUnique.xlf': 'id-unique',
  'bad_SegmentWithoutSource.xlf': 'source-target',
  'bad_SrcLangNotWellFormed.xlf': 'srcLang',
  'bad_SubStateWithoutState.xlf': 'subState-without-state',
  'bad_TwoSourceInUnit.xlf': 'source-target',
  'bad_UnitWithoutSegment.xlf': 'segment-required',
  'bad_UnknownDataRefValue.xlf': 'dataRef',
  'bad_WrongLangOnTarget.xlf': 'target-lang',
  'bad_WrongReordering1.xlf': 'canReorder',
  'bad_WrongSourceLang.xlf': 'source-lang',
  'bad_XmlLangNotWellFormed.xlf': 'xml-lang',
  'Bad-gls_glossEntry-and-translation-not-unique-in-glossary.xlf': 'gls-id-unique',
  'Bad-gls_glossEntry-w-o-translation-or-definition.xlf': 'gls-entry-content',
  'Bad-gls_invalid-extension.xlf': 'text-not-allowed',
  'Bad-mtc_match-ID-not-unique.xlf': 'mtc-id-unique',
  'Bad-mtc_match-has-xml_lang.xlf': 'mtc-match-lang',
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
          if (expected && result.rule !== expected) return `rejected for ${result.rule}, expected ${expected}`;
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
