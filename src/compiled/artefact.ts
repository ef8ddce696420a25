import { platform } from '../platform/platform.js';
import { readArtefactFile } from './artefact-file.js';

/**
 * A value derived from the bundled dictionaries that takes time to build (parsed packs,
 * automata, indexes). The build (scripts/build/compile-artefacts.ts) computes each one
 * and writes it to dist/; every run — the package, the CLI, the tests — reads it from
 * there through the platform's loader. A missing or stale file is an error, never a
 * silent recompute.
 */
export interface Artefact<T, Stored> {
  /** The file's name in dist/: `.json` for JSON data, `.bin` for data that holds typed arrays (see artefact-file.ts). */
  readonly file: string;
  /** Build time only: reads dictionaries/ through the platform. */
  compute(): T;
  /** To JSON data (and typed arrays, in a `.bin` file), and back. */
  store(value: T): Stored;
  restore(stored: Stored): T;
}

const loaded = new Map<Artefact<unknown, unknown>, unknown>();

/** The artefact's value, read once per process. */
export function loadArtefact<T, S>(artefact: Artefact<T, S>): T {
  if (!loaded.has(artefact)) loaded.set(artefact, artefact.restore(readArtefactFile(artefact.file, platform().readArtefact(artefact.file)) as S));
  return loaded.get(artefact) as T;
}
