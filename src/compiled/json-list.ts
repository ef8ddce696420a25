/**
 * A list of JSON values that can be stored as one block of UTF-8, each value then
 * decoded and parsed when first read: a start that needs a few entries of a long list
 * does not build them all, nor even decode their text.
 */
export class JsonList<T> {
  readonly #values: (T | undefined)[];
  readonly #stored: StoredJsonList | undefined;
  #utf8: Buffer | undefined;

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
    const { base64, offsets } = this.#stored;
    const utf8 = (this.#utf8 ??= Buffer.from(base64, 'base64'));
    return (this.#values[index] = JSON.parse(utf8.toString('utf8', offsets[index], offsets[index + 1])) as T);
  }

  store(): StoredJsonList {
    if (this.#stored) return this.#stored;
    const texts = this.#values.map((v) => Buffer.from(JSON.stringify(v)));
    const offsets = [0];
    for (const t of texts) offsets.push(offsets[offsets.length - 1]! + t.length);
    return { base64: Buffer.concat(texts).toString('base64'), offsets };
  }
}

/** The values' JSON texts in UTF-8, concatenated and in base64 (plain ASCII reads fastest), and where each starts (one more offset for the end). */
export interface StoredJsonList {
  base64: string;
  offsets: number[];
}
