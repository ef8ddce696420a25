import { readWordList } from '../../dictionaries.js';

/** Word lists of the grammar rules, from dictionaries/grammar/*.txt. */
export interface GrammarLexicon {
  /** Adjectives official text uses as adverbials before a verb (认真, 积极). */
  adverbialAdjectives: ReadonlySet<string>;
  /** Verbs that take an object, showing the adjective before 的 modifies a verb (学习, 推进). */
  diVerbs: ReadonlySet<string>;
  /** Modals, adverbs and subjects that put the adjective in adverbial position (要, 必须, 我们). */
  diBefore: ReadonlySet<string>;
  /** Degree adverbs before the adjective (更加), adverbial position at a clause start or after a word of diBefore. */
  diDegree: ReadonlySet<string>;
  /** Characters after the verb that are no object: a coordinated verb or a particle (和, 的). */
  diNotObject: ReadonlySet<string>;
  /** Nouns that make the verb before them part of a noun (学习态度, 推进措施). */
  diNounHeads: ReadonlySet<string>;
  /** Verbs taking a complement of degree (做, 说, 落实). */
  deVerbs: ReadonlySet<string>;
  /** Degree adverbs that open such a complement (很, 非常). */
  degreeAdverbs: ReadonlySet<string>;
  /** Words before the verb that make “V的” a noun phrase (所, 要). */
  deNominalBefore: ReadonlySet<string>;
  /** Quantities after the degree adverb (多, 少): 做的很多 may be a noun phrase. */
  deNotAdjectives: ReadonlySet<string>;
  /** Complements of degree the segmenter does not tag as adjectives (精彩, 到位, 对). */
  degreeComplements: ReadonlySet<string>;
  /** Verbs of prevention (防止, 避免) that a following 不再发生 contradicts. */
  preventVerbs: readonly string[];
}

export function loadGrammarLexicon(read: (path: string) => string[] = readWordList): GrammarLexicon {
  const set = (name: string) => new Set(read(`grammar/${name}.txt`));
  return {
    adverbialAdjectives: set('adverbial-adjectives'),
    diVerbs: set('di-verbs'),
    diBefore: set('di-before'),
    diNounHeads: set('di-noun-heads'),
    diDegree: set('di-degree'),
    diNotObject: set('di-not-object'),
    deVerbs: set('de-verbs'),
    degreeAdverbs: set('degree-adverbs'),
    deNominalBefore: set('de-before-verb-nominal'),
    preventVerbs: read('grammar/prevent-verbs.txt'),
    deNotAdjectives: set('de-not-adjectives'),
    degreeComplements: set('degree-complements'),
  };
}
