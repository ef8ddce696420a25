// What the compiled artefacts are computed from: dictionaries/ (the data), src/ (the
// code that computes them) and scripts/build/. Its digest, kept in dist/artefacts.json,
// tells the test set-up whether the artefacts in dist/ are stale.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCE_FOLDERS = ['dictionaries', 'src', 'scripts/build', 'schemas'];

export function sourcesDigest(root: string): string {
  const hash = createHash('sha256');
  for (const folder of SOURCE_FOLDERS) {
    const files = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).sort();
    for (const file of files) {
      const path = join(root, folder, file);
      if (!statSync(path).isFile()) continue;
      hash.update(`${folder}/${file.split('\\').join('/')}\0`).update(readFileSync(path)).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}
