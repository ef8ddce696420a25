import { InputError, type InputFormat, type Proofreader } from '../proofreader.js';
import type { Issue } from '../types.js';

/** One document of a batch. */
export interface BatchDocument {
  /** Yours, returned with the result (a path, a URL, a database key). */
  id?: string;
  text: string;
  format?: InputFormat;
  /** `YYYY-MM-DD`: this document's date (see `proofread`). */
  documentDate?: string;
}

export interface IndexedDocument extends BatchDocument {
  index: number;
}

export interface BatchResult {
  id: string | undefined;
  /** Position of the document in the input. */
  index: number;
  /** Empty when the document was not checked. */
  issues: Issue[];
  /**
   * Why the document was not checked, in Chinese: beyond the limits (the message of the
   * `InputError` that `proofread` throws), or a worker thread died on it twice (out of
   * memory). Absent when it was checked. `issues: []` with this field is not "clean".
   */
  unchecked?: string;
}

/** The per-call options of one document. */
export function callOptions(doc: BatchDocument) {
  return { ...(doc.format && { format: doc.format }), ...(doc.documentDate !== undefined && { documentDate: doc.documentDate }) };
}

/** One document's result, the same on the calling thread and on a worker: a document beyond the limits is a result, not the end of the batch. */
export function proofreadDocument(proofreader: Proofreader, doc: IndexedDocument): BatchResult {
  try {
    return { id: doc.id, index: doc.index, issues: proofreader.proofread(doc.text, callOptions(doc)).issues };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return notChecked(doc, e.message);
  }
}

/** The result of a document that could not be checked. */
export function notChecked(doc: IndexedDocument, reason: string): BatchResult {
  return { id: doc.id, index: doc.index, issues: [], unchecked: reason };
}
