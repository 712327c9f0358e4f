'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/contract/result';
import type { SegmentRow, SavedText } from '@/lib/documents/views';
import { applyPanes } from '@/lib/live/apply-panes';
import { segmentsTakenByOthers } from '@/lib/live/next-unconfirmed';
import { PRESENCE_HEARTBEAT_MS, type LivePane, type PaneComments, type PresentPerson } from '@/lib/live/types';
import type { Lang } from '@/lib/text/lang';
import { useRouter } from '@/lib/i18n/navigation';
import { anyPaneBusy, paneAt, paneBusy } from './pane-dom';

/** The editor's save as the live layer sees it: any input naming the pane, its base version and text. */
type PaneSave = { segmentId: number; lang: Lang; baseVersion: number; text: string };
type Save<I extends PaneSave, R> = (input: I) => Promise<ActionResult<R, SavedText>>;

/** What a version conflict left for the three-way view: the text both sides started from. */
export interface ConflictBase {
  base: string | null;
  theirs: string;
  mine: string;
}

export interface LiveDocument {
  clientId: string;
  connected: boolean;
  people: PresentPerson[];
  /** Pushed panes laid over the page's segments (a newer version wins). */
  panes: ReadonlyMap<string, LivePane>;
  /** The segments of a target language someone else is editing now. */
  takenByOthers: (lang: Lang) => Set<number>;
  /** Wraps the editor's save so its own saves are not pushed back at it, and conflicts keep their base. */
  track: <I extends PaneSave, R>(save: Save<I, R>) => Save<I, R>;
  /** The base of the last conflict of a pane, or null. */
  conflictBase: (segmentId: number, lang: Lang) => ConflictBase | null;
  /** The page's segments as loaded (the base of a pane that was not saved since). */
  loaded: { current: Loaded };
}

interface Loaded {
  segments: readonly SegmentRow[];
  sourceLang: Lang;
}

const Ctx = createContext<LiveDocument | null>(null);

/** The live layer of a document, or null outside one (the editor then works as before). */
export function useLiveDocument(): LiveDocument | null {
  return useContext(Ctx);
}

const newClientId = () => (globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`);
const APPLY_CHECK_MS = 1000;

/**
 * Keeps a document live: one events stream (server-sent events) for the panes others save and for
 * who is where; a heartbeat saying which pane this tab is in. A pushed pane replaces the shown one
 * unless this tab is typing in it (focused or unsaved): then it waits, and a save made meanwhile
 * meets a version conflict, where nothing typed is lost.
 */
export function LiveDocumentProvider({ documentId, renderedAt, onComments, children }: { documentId: number; renderedAt: number; onComments?: (counts: PaneComments) => void; children: ReactNode }) {
  const clientId = useRef<string>('');
  if (!clientId.current) clientId.current = newClientId();
  const [connected, setConnected] = useState(false);
  const [people, setPeople] = useState<PresentPerson[]>([]);
  const [panes, setPanes] = useState<ReadonlyMap<string, LivePane>>(new Map());
  const waiting = useRef(new Map<string, LivePane>());
  const own = useRef(new Map<string, number>());
  const lastText = useRef(new Map<string, { version: number; text: string }>());
  const conflicts = useRef(new Map<string, ConflictBase>());
  const loaded = useRef<Loaded>({ segments: [], sourceLang: 'en' });
  const shown = useRef(new Map<string, number>());
  const firstRendered = useRef(renderedAt);
  const commentsRef = useRef(onComments);
  commentsRef.current = onComments;

  // the newest version this tab holds of a pane: its own save, a push it showed, or the page as loaded
  const known = useCallback((key: string) => Math.max(own.current.get(key) ?? 0, shown.current.get(key) ?? 0, loadedVersion(loaded.current, key)), []);

  const apply = useCallback(
    (list: LivePane[]) => {
      const ready = list.filter((p) => p.version > known(`${p.segmentId}:${p.lang}`));
      if (!ready.length) return;
      for (const p of ready) {
        const key = `${p.segmentId}:${p.lang}`;
        shown.current.set(key, p.version);
        lastText.current.set(key, { version: p.version, text: p.text });
      }
      setPanes((m) => {
        const next = new Map(m);
        for (const p of ready) next.set(`${p.segmentId}:${p.lang}`, p);
        return next;
      });
    },
    [known],
  );

  const offer = useCallback(
    (p: LivePane) => {
      const key = `${p.segmentId}:${p.lang}`;
      if (p.version <= known(key)) return;
      if (paneBusy(p.segmentId, p.lang)) waiting.current.set(key, p);
      else (waiting.current.delete(key), apply([p]));
    },
    [apply, known],
  );

  // held panes are laid over once their pane is left alone (checked every second and on blur); after a
  // split or merge the rows are read again once nobody here is at work in any pane
  const router = useRouter();
  const restructured = useRef(false);
  const check = useCallback(() => {
    const free: LivePane[] = [];
    for (const [key, p] of waiting.current) {
      if (p.version <= known(key)) waiting.current.delete(key);
      else if (!paneBusy(p.segmentId, p.lang)) (waiting.current.delete(key), free.push(p));
    }
    apply(free);
    if (restructured.current && !anyPaneBusy()) {
      restructured.current = false;
      router.refresh();
    }
  }, [apply, known, router]);
  // the events stream reads it through a ref, so that a new router never reopens the stream
  const checkRef = useRef(check);
  checkRef.current = check;

  useEffect(() => {
    const timer = setInterval(check, APPLY_CHECK_MS);
    const onBlur = () => setTimeout(check, 50);
    document.addEventListener('focusout', onBlur);
    return () => (clearInterval(timer), document.removeEventListener('focusout', onBlur));
  }, [check]);

  // presence: where this tab is, said on every move and every heartbeat
  const where = useRef<{ segmentId: number | null; lang: Lang | null }>({ segmentId: null, lang: null });
  const beat = useCallback(() => {
    void fetch(`/api/documents/${documentId}/presence`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: clientId.current, ...where.current }),
      keepalive: true,
    }).catch(() => {});
  }, [documentId]);

  useEffect(() => {
    let moved: ReturnType<typeof setTimeout> | null = null;
    const onMove = () => {
      if (moved) clearTimeout(moved);
      moved = setTimeout(() => {
        const at = paneAt(document.activeElement);
        if (at.segmentId === where.current.segmentId && at.lang === where.current.lang) return;
        where.current = at;
        beat();
      }, 150);
    };
    document.addEventListener('focusin', onMove);
    document.addEventListener('focusout', onMove);
    const timer = setInterval(beat, PRESENCE_HEARTBEAT_MS);
    return () => {
      document.removeEventListener('focusin', onMove);
      document.removeEventListener('focusout', onMove);
      clearInterval(timer);
      if (moved) clearTimeout(moved);
    };
  }, [beat]);

  useEffect(() => {
    // `since`: the panes saved between the page's first rendering and this stream's start come first
    // (a refresh of the page renders it again, but the open stream goes on)
    const source = new EventSource(`/api/documents/${documentId}/events?client=${encodeURIComponent(clientId.current)}&since=${firstRendered.current}`);
    source.onopen = () => {
      setConnected(true);
      beat();
    };
    source.onerror = () => setConnected(false);
    source.addEventListener('segment', (e) => offer(JSON.parse((e as MessageEvent<string>).data) as LivePane));
    source.addEventListener('presence', (e) => setPeople(JSON.parse((e as MessageEvent<string>).data) as PresentPerson[]));
    source.addEventListener('structure', () => (restructured.current = true, checkRef.current()));
    source.addEventListener('comments', (e) => commentsRef.current?.(JSON.parse((e as MessageEvent<string>).data) as PaneComments));
    return () => source.close();
  }, [beat, documentId, offer]);

  const track = useCallback(<I extends PaneSave, R>(save: Save<I, R>): Save<I, R> => {
    return async (input) => {
      const key = `${input.segmentId}:${input.lang}`;
      const base = baseText(input.segmentId, input.lang, input.baseVersion, lastText.current, loaded.current);
      const r = await save(input);
      if (r.ok) {
        const version = (r.value as { version?: number }).version;
        if (typeof version === 'number') {
          own.current.set(key, Math.max(own.current.get(key) ?? 0, version));
          lastText.current.set(key, { version, text: input.text });
        }
        conflicts.current.delete(key);
      } else if (r.code === 'conflict' && r.current) {
        conflicts.current.set(key, { base, theirs: r.current.text, mine: input.text });
        lastText.current.set(key, { version: r.current.version, text: r.current.text });
      }
      return r;
    };
  }, []);

  const value = useMemo<LiveDocument>(
    () => ({
      clientId: clientId.current,
      connected,
      people,
      panes,
      takenByOthers: (lang) => segmentsTakenByOthers(people, clientId.current, lang),
      track,
      conflictBase: (segmentId, lang) => conflicts.current.get(`${segmentId}:${lang}`) ?? null,
      loaded,
    }),
    [connected, panes, people, track],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The version of a pane in the page's rows as loaded (0 when not among them). */
function loadedVersion(loaded: Loaded, key: string): number {
  const [id, lang] = key.split(':') as [string, Lang];
  const s = loaded.segments.find((x) => x.id === Number(id));
  if (!s) return 0;
  return lang === loaded.sourceLang ? s.version : (s.translations[lang]?.version ?? 0);
}

/** The text a pane had at `version`: from this tab's last save or push, else from the page as loaded. */
function baseText(segmentId: number, lang: Lang, version: number, last: Map<string, { version: number; text: string }>, loaded: Loaded): string | null {
  const l = last.get(`${segmentId}:${lang}`);
  if (l?.version === version) return l.text;
  const s = loaded.segments.find((x) => x.id === segmentId);
  if (!s) return null;
  const pane = lang === loaded.sourceLang ? { version: s.version, text: s.text } : (s.translations[lang] ?? { version: 0, text: '' });
  return pane.version === version ? pane.text : null;
}

/**
 * The editor's segments and save, live: pushed panes laid over the segments, and the save wrapped so
 * its own changes are not pushed back. Outside a live document both come back as they were given.
 */
export function useLiveEditor<I extends PaneSave, R>(segments: SegmentRow[], save: Save<I, R>, sourceLang: Lang): { segments: SegmentRow[]; save: Save<I, R> } {
  const live = useLiveDocument();
  if (live) live.loaded.current = { segments, sourceLang };
  const panes = live?.panes;
  const track = live?.track;
  const merged = useMemo(() => (panes ? applyPanes(segments, panes, sourceLang) : segments), [panes, segments, sourceLang]);
  const tracked = useMemo(() => (track ? track(save) : save), [save, track]);
  return { segments: merged, save: tracked };
}
