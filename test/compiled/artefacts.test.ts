import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArtefact, type Artefact } from '../../src/compiled/artefact.js';
import { readArtefactFile, textOfUnits, unitsOfText, writeArtefactFile } from '../../src/compiled/artefact-file.js';
import { ARTEFACTS } from '../../src/compiled/artefacts.js';
import { Document } from '../../src/document/document.js';
import { BUILTIN_PACK_MATCHER, BUILTIN_SEGMENTER_WORDS, loadBuiltinPacks } from '../../src/packs/builtin.js';
import { loadPoliticalData } from '../../src/rules/political/data.js';
import { NEAR_MISS_INDEX } from '../../src/rules/political/near-miss.js';
import { DictionarySegmenter } from '../../src/segment/dictionary-segmenter.js';

const dist = join(__dirname, '..', '..', 'dist');
const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const corpusTexts = () => (existsSync(corpus) ? readdirSync(corpus).map((f) => readFileSync(join(corpus, f), 'utf8')) : []);

/** What a start reads back of what the build writes. */
function throughFile<S>(artefact: Artefact<unknown, S>, stored: S): S {
  return readArtefactFile(artefact.file, writeArtefactFile(artefact.file, stored)) as S;
}

/** A freshly computed artefact, and the same after the trip through its file that the build and a start make. */
function freshAndRestored<T, S>(artefact: Artefact<T, S>): { fresh: T; restored: T } {
  const fresh = artefact.compute();
  return { fresh, restored: artefact.restore(throughFile(artefact, artefact.store(fresh))) };
}

describe('compiled artefacts', () => {
  for (const artefact of ARTEFACTS) {
    describe(artefact.file, () => {
      it('the build wrote it from the current dictionaries and code', () => {
        const file = join(dist, artefact.file);
        expect(existsSync(file), 'run npm run build').toBe(true);
        expect(readArtefactFile(file, readFileSync(file))).toEqual(artefact.store(artefact.compute()));
      });

      it('stores again what it was restored from', () => {
        const stored = throughFile(artefact, artefact.store(artefact.compute()));
        expect(artefact.store(artefact.restore(stored))).toEqual(stored);
      });
    });
  }

  it('puts every typed array of a .bin file at a multiple of 16 bytes from the file start', () => {
    const bytes = writeArtefactFile('x.bin', { odd: new Uint8Array(3), table: new Int32Array(8), more: [new Uint16Array(5), new Float32Array(2)] });
    const value = readArtefactFile('x.bin', bytes) as { odd: Uint8Array; table: Int32Array; more: [Uint16Array, Float32Array] };
    for (const array of [value.odd, value.table, ...value.more]) expect((array.byteOffset - bytes.byteOffset) % 16).toBe(0);
    expect(value.table).toEqual(new Int32Array(8));
    expect(value.more[0]).toEqual(new Uint16Array(5));
  });

  it('the restored pack matcher finds what a freshly built one finds', () => {
    const { fresh, restored } = freshAndRestored(BUILTIN_PACK_MATCHER);
    expect(restored.wrongForms).toEqual(fresh.wrongForms);
    expect(restored.packs).toEqual(fresh.packs);
    const segmenter = new DictionarySegmenter();
    segmenter.addWords(fresh.wrongForms);
    const texts = loadBuiltinPacks().flatMap((p) => [...p.examples.invalid.map((e) => e.text), ...p.examples.valid, ...p.entries.flatMap((e) => [...e.wrong, ...e.unless])]);
    for (const text of texts) expect(restored.find(new Document(text, segmenter)), text).toEqual(fresh.find(new Document(text, segmenter)));
  });

  it('a segmenter given the compiled pack words cuts as one that added them does', () => {
    const { fresh, restored } = freshAndRestored(BUILTIN_SEGMENTER_WORDS);
    const wrongForms = loadArtefact(BUILTIN_PACK_MATCHER).wrongForms;
    const adding = new DictionarySegmenter();
    adding.addWords(wrongForms);
    const given = new DictionarySegmenter(undefined, restored);
    expect(restored).toEqual(fresh);
    expect(fresh.words.length).toBeGreaterThan(wrongForms.length); // the words and their prefixes
    // Each wrong form between characters that could join it, and the corpus.
    const texts = [...wrongForms.map((w) => `进行${w}的工作`), ...corpusTexts()];
    for (const text of texts) expect(given.tag(text), text.slice(0, 20)).toEqual(adding.tag(text));
    expect(given.cut(wrongForms.join('，'))).not.toEqual(new DictionarySegmenter().cut(wrongForms.join('，')));
  });

  it('the restored near-miss index finds what a freshly built one finds', () => {
    const { fresh, restored } = freshAndRestored(NEAR_MISS_INDEX);
    // Each term, and each term with one character replaced, deleted or doubled.
    const texts = loadPoliticalData().formulations.terms.flatMap(({ term }) => {
      const mid = term.length >> 1;
      return [term, `${term.slice(0, mid)}们${term.slice(mid + 1)}`, term.slice(0, mid) + term.slice(mid + 1), term.slice(0, mid + 1) + term.slice(mid)];
    });
    const text = texts.join('，');
    expect(restored.find(text)).toEqual(fresh.find(text));
    expect(fresh.find(text).length).toBeGreaterThan(100);
  });
});

describe('artefact files', () => {
  const value = { name: '截止', list: [1, 'a', { deep: new Int32Array([-1, 2, 3]) }], units: new Uint16Array([0x4e00, 65535]), bytes: new Uint8Array([1, 2, 3]), keys: new Uint32Array([2 ** 32 - 1]), wide: new Float64Array([2 ** 52 - 3, -0.5]) };

  it('keep typed arrays, at any depth, in a .bin file', () => {
    const bytes = writeArtefactFile('x.bin', value);
    expect(readArtefactFile('x.bin', bytes)).toEqual(value);
    // and at an odd offset in memory, where they are copied instead of viewed
    const shifted = Buffer.concat([Buffer.alloc(1), bytes]).subarray(1);
    expect(readArtefactFile('x.bin', shifted)).toEqual(value);
  });

  it('keep long text as code units, astral characters and lone surrogates included', () => {
    const text = `截止\n𠀀\uD800x${'国'.repeat(20_000)}`;
    const bytes = writeArtefactFile('x.bin', { text: unitsOfText(text) });
    expect(textOfUnits((readArtefactFile('x.bin', bytes) as { text: Uint16Array }).text)).toBe(text);
  });

  it('keep text of any script, lone surrogates included', () => {
    const text = { name: '截止𠀀\uD800', list: ['国务院', '\uDC00x'] };
    for (const file of ['x.bin', 'x.json']) expect(readArtefactFile(file, writeArtefactFile(file, text)), file).toEqual(text);
  });
});
