'use client';

import { useEffect, useState, useTransition, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { StoredConcept } from '@/lib/terms/glossary-views';
import { useRouter } from '@/lib/i18n/navigation';
import { dirOf, LANGS, type Lang } from '@/lib/text/lang';
import { emptyTerm, fromDraft, toDraft, type ConceptDraft, type DraftTerm } from './concept-draft';
import { TermRow } from './term-row';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';
import type { ActionResult } from '@/lib/contract/result';
import { useHydrated } from '@/components/layout/use-hydrated';

/**
 * Creates or edits a concept: its terms in English, Arabic and Farsi side by side (each column in its
 * own direction), with definition and note per language. Saves carry the version the form was loaded
 * at; a concurrent change is shown instead of overwritten.
 */
export function ConceptForm({ concept, canEdit, prefill, create, update, propose }: {
  concept: StoredConcept | null;
  canEdit: boolean;
  prefill?: { lang: Lang; text: string };
  create: (concept: unknown) => Promise<ActionResult<StoredConcept>>;
  /** A translator's form: a new concept is proposed (it waits for an editor) instead of created. */
  propose?: (concept: unknown) => Promise<ActionResult<unknown>>;
  update: (id: string, concept: unknown, baseVersion: number) => Promise<ActionResult<StoredConcept, StoredConcept>>;
}) {
  const t = useTranslations('GlossaryConceptForm');
  const tt = useTranslations('GlossaryTerms');
  const errorText = useErrorMessage();
  const router = useRouter();
  const [draft, setDraft] = useState<ConceptDraft>(() => toDraft(concept, prefill));
  const [version, setVersion] = useState(concept?.version);
  // a newer version from the server (a refresh after someone else's save) replaces the form;
  // our own save already holds it, so the "saved" note survives the refresh that follows it
  useEffect(() => {
    if (concept && version !== undefined && concept.version > version) {
      setDraft(toDraft(concept));
      setVersion(concept.version);
      setSaved(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [concept?.version]);
  const [error, setError] = useState<(ErrorLike & { current?: StoredConcept }) | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const readOnly = !canEdit || !!concept?.deletedAt;
  const isNew = concept === null;

  const setTerm = (key: number, next: DraftTerm | null) =>
    setDraft((d) => ({ ...d, terms: next ? d.terms.map((x) => (x.key === key ? next : x)) : d.terms.filter((x) => x.key !== key) }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setSaved(false);
    const body = fromDraft(draft);
    if (body.terms.length === 0) {
      setError({ code: 'glossary-invalid', params: { field: 'terms', issue: 'required' } });
      return;
    }
    startTransition(async () => {
      try {
        if (isNew && propose) {
          const p = await propose({ ...body, id: body.id || undefined });
          return p.ok ? router.push('/glossary?proposed=1') : setError(p);
        }
        const r = isNew ? await create({ ...body, id: body.id || undefined }) : await update(concept.id, body, version ?? 0);
        if (!r.ok) return setError(r);
        if (isNew) return router.push(`/glossary/${encodeURIComponent(r.value.id)}`);
        setVersion(r.value.version);
        setDraft(toDraft(r.value));
        setSaved(true);
        router.refresh();
      } catch {
        setError({ code: 'internal' });
      }
    });
  }

  function loadCurrent() {
    if (!error?.current) return;
    setDraft(toDraft(error.current));
    setVersion(error.current.version);
    setError(null);
  }

  const area = 'w-full rounded border border-stone-300 p-1.5 text-sm';
  return (
    <form onSubmit={onSubmit} className="grid gap-4" aria-busy={pending} data-testid="concept-form" aria-label={t('label')}>
      <div className="grid gap-3 sm:grid-cols-2">
        {isNew && (
          <label className="grid gap-1">
            <span className="font-medium">{t('id')}</span>
            <input value={draft.id} onChange={(e) => setDraft({ ...draft, id: e.target.value })} dir="ltr" className={area} placeholder={t('idPlaceholder')} data-testid="concept-id" />
          </label>
        )}
        <label className="grid gap-1">
          <span className="font-medium">{t('subject')}</span>
          <input value={draft.subjectField} onChange={(e) => setDraft({ ...draft, subjectField: e.target.value })} dir="auto" readOnly={readOnly} className={area} data-testid="concept-subject" />
        </label>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        {LANGS.map((lang) => {
          const terms = draft.terms.filter((x) => x.lang === lang);
          const name = tt(`lang.${lang}`);
          return (
            <fieldset key={lang} className="grid content-start gap-2 rounded border border-stone-200 bg-white p-3" data-testid={`concept-lang-${lang}`}>
              <legend className="px-1 font-semibold">{name}</legend>
              {terms.map((term, i) => (
                <TermRow key={term.key} term={term} index={i} readOnly={readOnly} onChange={(next) => setTerm(term.key, next)} onRemove={() => setTerm(term.key, null)} />
              ))}
              {!readOnly && (
                <button type="button" onClick={() => setDraft({ ...draft, terms: [...draft.terms, emptyTerm(lang, terms.length === 0 ? 'preferred' : 'admitted')] })}
                  className="justify-self-start rounded border border-stone-300 px-2 py-1 text-sm" data-testid={`add-term-${lang}`}>
                  {t('addTerm', { lang: name })}
                </button>
              )}
              <label className="grid gap-0.5">
                <span className="text-xs text-stone-600">{t('definition', { lang: name })}</span>
                <textarea rows={3} value={draft.definitions[lang]} onChange={(e) => setDraft({ ...draft, definitions: { ...draft.definitions, [lang]: e.target.value } })}
                  lang={lang} dir={dirOf(lang)} readOnly={readOnly} className={`pane-text ${area}`} />
              </label>
              <label className="grid gap-0.5">
                <span className="text-xs text-stone-600">{t('note', { lang: name })}</span>
                <textarea rows={2} value={draft.notes[lang]} onChange={(e) => setDraft({ ...draft, notes: { ...draft.notes, [lang]: e.target.value } })}
                  lang={lang} dir={dirOf(lang)} readOnly={readOnly} className={`pane-text ${area}`} />
              </label>
            </fieldset>
          );
        })}
      </div>
      {error && (
        <div role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800" data-testid="concept-error">
          <p>{errorText(error)}</p>
          {error.current && (
            <button type="button" onClick={loadCurrent} className="mt-2 underline" data-testid="concept-load-current">
              {t('loadCurrent')}
            </button>
          )}
        </div>
      )}
      {saved && <p role="status" className="text-sm text-emerald-900" data-testid="concept-saved">{t('saved', { version: version ?? 1 })}</p>}
      {!readOnly && (
        <button type="submit" disabled={pending || !hydrated} className="justify-self-start rounded bg-emerald-800 px-4 py-2 font-medium text-white disabled:opacity-60" data-testid="concept-save">
          {pending ? t('saving') : isNew ? t('create') : t('save')}
        </button>
      )}
    </form>
  );
}
