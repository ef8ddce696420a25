import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArtefactFile } from './artefact-file.js';

/**
 * A value derived from the bundled dictionaries that takes time to build (parsed packs,
 * automata, indexes). The build (scripts/compile-data.ts) computes each one and writes
 * it next to the built module, so that a start only reads it; running from src/
 * (tests), where there is no such file, it is computed on first use.
 */
export interface Artefact<T, Stored> {
  /** The file's name in dist/: `.json` for JSON data, `.bin` for data that holds typed arrays (see artefact-file.ts). */
  readonly file: string;
  compute(): T;
  /** To JSON data (and typed arrays, in a `.bin` file), and back. */
  store(value: T): Stored;
  restore(stored: Stored): T;
}

const loaded = new Map<Artefact<unknown, unknown>, unknown>();

/** The artefact's value, read (or computed) once per process. */
export function loadArtefact<T, S>(artefact: Artefact<T, S>): T {
  if (!loaded.has(artefact)) loaded.set(artefact, readOrCompute(artefact));
  return loaded.get(artefact) as T;
}

function readOrCompute<T, S>(artefact: Artefact<T, S>): T {
  const file = join(dirname(fileURLToPath(import.meta.url)), artefact.file);
  return existsSync(file) ? artefact.restore(readArtefactFile(file, readFileSync(file)) as S) : artefact.compute();
}
