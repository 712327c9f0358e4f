import type { ActionResult } from '../contract/result';
import { plainDocumentHtml } from '../documents/plain-html';
import { act } from './act';
import type { Actor } from './actor';
import { documentOrNotFound } from './load';

/** A document's rows as one static HTML page (bench:editor's baseline). */
export function plainDocument(actor: Actor, documentId: unknown): Promise<ActionResult<string>> {
  return act(actor, 'document.read', async () => plainDocumentHtml(await documentOrNotFound(documentId)));
}
