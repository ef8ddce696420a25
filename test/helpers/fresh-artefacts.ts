// vitest globalSetup: the tests read the compiled artefacts from dist/, as the package
// does. When their sources (dictionaries/, src/, scripts/build/) changed since the last
// build, they are compiled again once, here, before any test runs — never silently
// recomputed inside a test. (The built dist/*.js then refuses them until `npm run build`.)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourcesDigest } from '../../scripts/build/sources-digest.js';

export default function freshArtefacts(): void {
  const root = join(import.meta.dirname, '..', '..');
  const manifest = join(root, 'dist', 'artefacts.json');
  const built = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { sources?: string }).sources : undefined;
  if (built === sourcesDigest(root)) return;
  console.log(built ? 'dist/ artefacts are stale: compiling them again' : 'dist/ has no artefacts: compiling them');
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build', 'compile-artefacts.ts')], { cwd: root, stdio: 'inherit' });
}
