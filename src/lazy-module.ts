import { createRequire } from 'node:module';

/**
 * A value built on first use. Dependencies are loaded with require() rather than a
 * static import: it keeps them out of the start-up of callers that never need them
 * (the Markdown and HTML parsers), and even for those always needed it costs a third
 * of an ES import of a CommonJS package (measured in benchmarks/). Parsers that are
 * ES modules load through require() too (Node ≥ 20.19), which keeps `proofread` synchronous.
 */
export function lazyModule<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

lazyModule.require = createRequire(import.meta.url);
