import { AppError } from '../contract/app-error';
import type { Actor, Role } from './roles';

const ALL: readonly Role[] = ['admin', 'editor', 'translator', 'viewer'];
const WRITERS: readonly Role[] = ['admin', 'editor', 'translator'];
const EDITORS: readonly Role[] = ['admin', 'editor'];
const ADMINS: readonly Role[] = ['admin'];

/**
 * Who may do what: one row per thing a user does, the roles allowed to do it. Every use case asks
 * here before it touches anything; the UI asks too, to hide what a role cannot do. Admins may do
 * everything; tests/integration/role-table.test.ts runs every use case for every role.
 */
export const POLICY = {
  'document.read': ALL,
  'document.import': EDITORS,
  'document.export': ALL,
  /** Edit a target text and confirm it (states initial and translated). */
  'segment.translate': WRITERS,
  /** Set a target to reviewed or final. */
  'segment.review': EDITORS,
  /** Edit the source text, merge and split segments. */
  'segment.edit-source': EDITORS,
  'qa.read': ALL,
  /** Accept a QA finding as intentional, or withdraw an acceptance. */
  'qa.accept': EDITORS,
  'edition.style': EDITORS,
  'edition.publish': EDITORS,
  /** Publish while error findings are open, with a reason. */
  'edition.override': EDITORS,
  /** Bring translated targets back from an XLIFF file. */
  'xliff.import': WRITERS,
  'glossary.read': ALL,
  /** Create, change, delete and restore concepts; approve or reject proposals. */
  'glossary.edit': EDITORS,
  /** Propose a new concept or a change, which waits for an editor. */
  'glossary.propose': WRITERS,
  'glossary.import': EDITORS,
  'quotes.edit': WRITERS,
  'align.run': WRITERS,
  /** Keep aligned pairs as a new document. */
  'align.keep': EDITORS,
  /** Say which translator and which editor work on a language of a document. */
  'document.assign': EDITORS,
  /** Add accounts, change roles, disable, set passwords. */
  'users.manage': ADMINS,
  'audit.read': ADMINS,
  /** Look up, search and export the translation memory. */
  'tm.read': ALL,
  /** Fill empty targets of a document from the memory. */
  'tm.pretranslate': WRITERS,
  /** Delete memory units, choose a document's memories and threshold. */
  'tm.edit': EDITORS,
  /** Import a TMX file into a memory. */
  'tm.import': EDITORS,
  /** Write a comment or a reply on a segment or a concept, mentioning people. */
  'comment.write': WRITERS,
  /** Resolve a comment thread or reopen it. */
  'comment.resolve': WRITERS,
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

/** Whether the actor may do `action`. */
export function can(actor: Actor, action: Action): boolean {
  return (POLICY[action] as readonly Role[]).includes(actor.role);
}

/** Refuses with `forbidden` {action, role} unless the actor may do `action`. */
export function authorize(actor: Actor, action: Action): void {
  if (!can(actor, action)) throw new AppError('forbidden', { action, role: actor.role });
}
