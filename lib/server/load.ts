import { AppError } from '../contract/app-error';
import { parseId } from '../contract/ids';
import { getDocument } from '../db/documents';
import type { DocumentRow } from '../documents/views';

/** The document with this id (any form parseId takes); throws `document-not-found` {id}. */
export async function documentOrNotFound(id: unknown): Promise<DocumentRow> {
  const n = parseId(id);
  const doc = n === null ? null : await getDocument(n);
  if (!doc) throw new AppError('document-not-found', { id: String(id) });
  return doc;
}
