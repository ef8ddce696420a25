// First build step (run with tsx): computes every artefact of src/compiled/artefacts.ts
// from dictionaries/ — bundled packs parsed and validated, their matcher, the political
// data checked, its near-miss index, the word lists, the segmenter dictionary, the
// spelling model — and writes each to dist/ (format: src/compiled/artefact-file.ts),
// with dist/artefacts.json listing their sizes, one stamp for the whole set (which
// tsup then writes into the code: see src/compiled/manifest.ts) and the digest of their
// sources. `--clean` empties dist/ first (what `npm run build` does).
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeArtefactFile } from '../../src/compiled/artefact-file.js';
import { ARTEFACTS } from '../../src/compiled/artefacts.js';
import { MANIFEST_FILE, type ArtefactManifest } from '../../src/compiled/manifest.js';
import { PackError } from '../../src/packs/pack-error.js';
import { createNodePlatform } from '../../src/platform/node.js';
import { installPlatform } from '../../src/platform/platform.js';
import { sourcesDigest } from './sources-digest.js';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
if (process.argv.includes('--clean')) rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
rmSync(join(dist, MANIFEST_FILE), { force: true });

// An artefact computed from another (the matcher from the packs) reads it as a start
// does, through the loader: here from the bytes just built, computed first if need be.
const built = new Map<string, Uint8Array>();
function build(file: string): Uint8Array {
  const done = built.get(file);
  if (done) return done;
  const artefact = ARTEFACTS.find((a) => a.file === file);
  if (!artefact) throw new Error(`compile-artefacts: no artefact writes ${file} (add it to src/compiled/artefacts.ts)`);
  const bytes = writeArtefactFile(artefact.file, artefact.store(artefact.compute()));
  built.set(file, bytes);
  return bytes;
}
const node = createNodePlatform();
installPlatform({
  where: 'compile-artefacts',
  readArtefact: build,
  loadModule: node.loadModule!,
  readDictionaryFile: node.readDictionaryFile!,
  readDictionaryBytes: node.readDictionaryBytes!,
  listDictionaryFiles: node.listDictionaryFiles!,
});

try {
  const stamp = createHash('sha256');
  const files: Record<string, number> = {};
  for (const { file } of ARTEFACTS) {
    const bytes = build(file);
    writeFileSync(join(dist, file), bytes);
    stamp.update(`${file}\0`).update(bytes);
    files[file] = bytes.byteLength;
    console.log(`dist/${file}: ${Math.round(bytes.byteLength / 1024)} KB`);
  }
  const manifest: ArtefactManifest = { stamp: stamp.digest('hex').slice(0, 16), sources: sourcesDigest(root), files };
  writeFileSync(join(dist, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`dist/${MANIFEST_FILE}: stamp ${manifest.stamp}`);
} catch (e) {
  console.error(e instanceof PackError ? e.message : e);
  process.exit(1);
}
