const decoder = new TextDecoder();

/**
 * A list of JSON values that can be stored as one block of UTF-8, each value then
 * decoded and parsed when first read: a start that needs a few entries of a long list
 * neither builds nor decodes the others.
 */
export class JsonList<T> {
  readonly #values: (T | undefined)[];
  readonly #stored: StoredJsonList | undefined;

  private constructor(values: (T | undefined)[], stored?: StoredJsonList) {
    this.#values = values;
    this.#stored = stored;
  }

  static of<T>(values: readonly T[]): JsonList<T> {
    return new JsonList([...values]);
  }

  static restore<T>(stored: StoredJsonList): JsonList<T> {
    return new JsonList<T>(new Array(stored.offsets.length - 1), stored);
  }

  get length(): number {
    return this.#values.length;
  }

  at(index: number): T {
    const value = this.#values[index];
    if (value !== undefined || !this.#stored) return value as T;
    const { utf8, offsets } = this.#stored;
    const text = decoder.decode(utf8.subarray(offsets[index], offsets[index + 1]));
    return (this.#values[index] = JSON.parse(text) as T);
  }

  store(): StoredJsonList {
    if (this.#stored) return this.#stored;
    const encoder = new TextEncoder();
    const texts = this.#values.map((v) => encoder.encode(JSON.stringify(v)));
    const offsets = new Int32Array(texts.length + 1);
    texts.forEach((t, i) => (offsets[i + 1] = offsets[i]! + t.length));
    const utf8 = new Uint8Array(offsets[texts.length]!);
    texts.forEach((t, i) => utf8.set(t, offsets[i]));
    return { utf8, offsets };
  }
}

/** The values' JSON texts in UTF-8, concatenated, and where each starts (one more offset for the end). */
export interface StoredJsonList {
  utf8: Uint8Array;
  offsets: Int32Array;
}
