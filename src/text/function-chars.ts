/**
 * Function characters (particles, prepositions, conjunctions): one standing where a fixed
 * expression has another character, or added to it, is grammar, not a slip of the pen — the
 * knowledge rules (political near-miss and quoted terms, lexicon fixed expressions) leave it alone.
 */
export const FUNCTION_CHARS: ReadonlySet<string> = new Set('的之和与及等并或了在是为对把被从向于以而');
