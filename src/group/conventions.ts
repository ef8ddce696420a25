/**
 * Rules whose findings are a writing convention rather than a mistake of one place:
 * a document that breaks one usually breaks it throughout (half-width punctuation typed
 * on an English keyboard, full-width digits from an input method, one dash or tilde
 * style), so their findings are grouped. Traditional script groups itself in its rule.
 */
export const CONVENTION_RULES: ReadonlySet<string> = new Set([
  'punctuation/half-width',
  'number/full-width-digit',
  'punctuation/dash',
  'punctuation/range-tilde',
  'punctuation/ellipsis',
]);

/** From this many findings of one such rule in a document, they become one finding for the document. */
export const DOCUMENT_GROUP_MIN = 5;
/** Otherwise, from this many in one paragraph, one finding for the paragraph; fewer stay single (the exceptions). */
export const PARAGRAPH_GROUP_MIN = 3;
