/** One order's n-grams (see scripts/data/context-model-tables.ts). */
export interface OrderTable {
  /** Open addressing, linear probing: fingerprint << 8 | ln P code; 0 = empty. */
  slots: Uint32Array;
  /** Back-off weight code per slot (orders below the highest); empty for the highest. */
  backoff: Uint8Array;
  probCodes: Float32Array;
  backoffCodes: Float32Array;
}

/** The context model as stored in dictionaries/spelling/context-model.bin and used in place. */
export interface ContextModelData {
  /** The model's characters (UTF-16 code units) in id order, from FIRST_CHAR_ID. */
  chars: Uint16Array;
  /** ln P of each id as a unigram and its back-off weight as a context, by id. */
  unigramLogProb: Float32Array;
  unigramLogBackoff: Float32Array;
  /** Orders 2, 3, 4. */
  tables: OrderTable[];
}
