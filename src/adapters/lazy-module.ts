import { createRequire } from 'node:module';

/**
 * A value built on first use. The parsers' packages are ES modules loaded with
 * require() (Node ≥ 20.19), which keeps `proofread` synchronous and keeps them out
 * of the start-up of users who only check plain text.
 */
export function lazyModule<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

lazyModule.require = createRequire(import.meta.url);
