/**
 * A value built on first use. Slow dependencies (the Markdown and HTML parsers, YAML,
 * the schema validator) come through the platform's optionalModule, which keeps them
 * out of the start-up of callers that never need them while `proofread` stays synchronous.
 */
export function lazyModule<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
