import { afterAll, describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { wordError } from '../../components/layout/error-words';
import { closeSql } from '../../lib/db/sql';
import type { ActionResult } from '../../lib/contract/result';
import { createConcept, importGlossary, updateConcept } from '../../lib/server/glossary';
import { CONCEPT_LIMITS } from '../../lib/terms/concept-schema';
import ar from '../../messages/ar.json';
import en from '../../messages/en.json';
import fa from '../../messages/fa.json';
import { EDITOR, unwrap } from './support';

afterAll(() => closeSql());

const CATALOGUES = { en, ar, fa } as const;
/** The failure as the UI words it in `locale`, with the real catalogue. */
function worded(r: ActionResult<unknown, unknown>, locale: 'en' | 'ar' | 'fa'): string {
  if (r.ok) throw new Error('expected a failure');
  const onError = (e: Error) => {
    throw e;
  };
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'Errors', onError });
  const d = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'ErrorDetails', onError });
  return wordError({ t: t as never, d: d as never }, { code: r.code, params: r.params });
}

const tbx = (id: string, term: string, definition = '') => `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="${id}">
      <langSec xml:lang="en"><termSec><term>Popular Mobilization Forces</term></termSec></langSec>
      <langSec xml:lang="fa">${definition ? `<descrip type="definition">${definition}</descrip>` : ''}<termSec><term>${term}</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`;

describe('over-limit glossary input names the field, the limit and the concept id (issue 11, bug 7)', () => {
  it('the concept form: an Arabic term over 500 characters', async () => {
    const r = await createConcept(EDITOR, { id: 'x-limit-form', terms: [{ lang: 'en', text: 'PMF', status: 'preferred' }, { lang: 'ar', text: 'ح'.repeat(CONCEPT_LIMITS.term + 1), status: 'preferred' }] });
    expect(r).toMatchObject({ ok: false, code: 'glossary-invalid', params: { field: 'text', lang: 'ar', term: 1, issue: 'too_long', max: 500, id: 'x-limit-form' } });
    expect(worded(r, 'en')).toBe('Term 2 (Arabic) is longer than 500 characters. (concept x-limit-form)');
    expect(worded(r, 'ar')).toContain('500');
    expect(worded(r, 'ar')).toContain('x-limit-form');
    expect(worded(r, 'fa')).toContain('x-limit-form');
  });

  it('the concept form: a new concept without an id names the id it would have had; an edit names its own', async () => {
    const r = await createConcept(EDITOR, { terms: [{ lang: 'en', text: 'Popular Mobilization Forces', status: 'preferred' }], definitions: { fa: 'ت'.repeat(CONCEPT_LIMITS.text + 1) } });
    expect(r).toMatchObject({ ok: false, code: 'glossary-invalid', params: { field: 'definition', lang: 'fa', issue: 'too_long', max: 5000 } });
    expect(worded(r, 'en')).toMatch(/^Definition \(Farsi\) is longer than 5,000 characters\. \(concept c-popular-mobilization-forces-[0-9a-f]{6}\)$/u);
    const made = await unwrap(createConcept(EDITOR, { id: 'x-limit-edit', terms: [{ lang: 'en', text: 'Limit edit', status: 'preferred' }] }));
    const edit = await updateConcept(EDITOR, made.id, { ...made, notes: { ar: 'م'.repeat(CONCEPT_LIMITS.text + 1) } }, made.version);
    expect(worded(edit, 'en')).toBe('Note (Arabic) is longer than 5,000 characters. (concept x-limit-edit)');
  });

  it('TBX import: a Farsi term over the limit names the term, the limit and the concept id; nothing is imported', async () => {
    const bytes = new TextEncoder().encode(tbx('x-limit-tbx', 'پ'.repeat(CONCEPT_LIMITS.term + 1)));
    const r = await importGlossary(EDITOR, { bytes, fileName: 'limits.tbx' });
    expect(r).toMatchObject({ ok: false, code: 'glossary-invalid', params: { field: 'text', lang: 'fa', term: 1, issue: 'too_long', max: 500, id: 'x-limit-tbx' } });
    expect(worded(r, 'en')).toBe('Term 2 (Farsi) is longer than 500 characters. (concept x-limit-tbx)');
    expect(worded(r, 'fa')).toContain('x-limit-tbx');
    const def = await importGlossary(EDITOR, { bytes: new TextEncoder().encode(tbx('x-limit-tbx2', 'بسیج مردمی', 'ت'.repeat(CONCEPT_LIMITS.text + 1))), fileName: 'limits.tbx' });
    expect(worded(def, 'en')).toBe('Definition (Farsi) is longer than 5,000 characters. (concept x-limit-tbx2)');
  });
});
