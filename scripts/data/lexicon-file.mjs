// Writes one lexicon of dictionaries/lexicons/: a header comment that says where the forms
// come from (source, commit, licence, date), then one canonical form per line, sorted and
// unique. Shared by the make-*.mjs scripts of this folder.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Han text (with 〇 and the middle dot of transliterated names) of 2 to 40 characters: what a lexicon may hold. */
const FORM = /^[\p{sc=Han}〇·（）]{2,40}$/u;

/**
 * `known`: names right as written that are no fix to suggest (former names, other real bodies),
 * written `~form` after the canonical forms; a name among `forms` is left out of them.
 */
export function writeLexicon(kind, header, forms, known = []) {
  const unique = [...new Set(forms.map((f) => f.trim()).filter((f) => FORM.test(f)))].sort();
  const canonical = new Set(unique);
  const knownOnly = [...new Set(known.map((f) => f.trim()).filter((f) => FORM.test(f) && !canonical.has(f)))].sort();
  const counts = knownOnly.length > 0 ? `${unique.length} forms and ${knownOnly.length} known names` : `${unique.length} forms`;
  const lines = [
    ...header.map((h) => `# ${h}`),
    `# ${counts}, generated ${new Date().toISOString().slice(0, 10)}. Do not edit by hand: rerun the script.`,
    ...unique,
    ...(knownOnly.length > 0 ? ['# Known names (~): right as written, never offered as a fix.', ...knownOnly.map((f) => `~${f}`)] : []),
  ];
  const out = fileURLToPath(new URL(`../../dictionaries/lexicons/${kind}.txt`, import.meta.url));
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${kind}: ${unique.length} forms → ${out}`);
}

/** A file of a fetched repository's bare git directory, at its HEAD. */
export async function gitShow(gitDir, path) {
  const { execFileSync } = await import('node:child_process');
  return execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:${path}`], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

export async function gitHead(gitDir) {
  const { execFileSync } = await import('node:child_process');
  return execFileSync('git', ['--git-dir', gitDir, 'log', '-1', '--format=%H %cs'], { encoding: 'utf8' }).trim().split(' ');
}
