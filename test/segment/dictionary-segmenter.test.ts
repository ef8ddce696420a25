import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadArtefact } from '../../src/compiled/artefact.js';
import { DictionarySegmenter } from '../../src/index.js';
import { BUILTIN_PACK_MATCHER, loadBuiltinPacks } from '../../src/packs/builtin.js';
import { buildSegmenterDictionary } from '../../src/segment/segmenter-dictionary.js';
import { hasLoneSurrogate } from '../../src/text/unicode.js';
import { JiebaSegmenter } from '../helpers/jieba-segmenter.js';

describe('DictionarySegmenter', () => {
  const segmenter = new DictionarySegmenter();

  it('cuts without HMM new-word guessing', () => {
    expect(segmenter.cut('错写为针炙科')).toEqual(['错', '写', '为', '针', '炙', '科']);
  });

  it('keeps added words whole, but never at the cost of a better split', () => {
    const s = new DictionarySegmenter();
    s.addWords(['针炙', '按装']);
    expect(s.cut('错写为针炙科')).toContain('针炙');
    expect(s.cut('按装修标准执行')).toEqual(['按', '装修', '标准', '执行']);
  });

  it('joins single ASCII letters and digits, and cuts everything else outside words a character at a time', () => {
    expect(segmenter.cut('2024年GDP增长5.2%')).toEqual(['2024', '年', 'GDP', '增长', '5', '.', '2', '%']);
    expect(segmenter.cut('甲\r\n乙 丙')).toEqual(['甲', '\r\n', '乙', ' ', '丙']);
  });

  it('returns words that concatenate to the input, lone surrogates included', () => {
    for (const text of ['\uD800针炙\uDC00科', '𠀀的𠀁', '\u0000\r\n\uFEFF截止目前', '']) {
      expect(segmenter.cut(text).join('')).toBe(text);
    }
  });

  it('tags dictionary words with their part of speech, others as jieba does', () => {
    expect(segmenter.tag('研究研究').map((t) => t.tag)).toEqual(['vn', 'vn']);
    expect(segmenter.tag('2024，ABC').map((t) => t.tag)).toEqual(['m', 'x', 'eng']);
  });

  it('takes the dictionary from lines of word, count and tag', () => {
    const s = new DictionarySegmenter(buildSegmenterDictionary(['南京 10 ns', '南京市 8 ns', '市长 9 n', '长江 10 ns', '大桥 10 n', '长江大桥 12 ns']));
    expect(s.cut('南京市长江大桥')).toEqual(['南京市', '长江大桥']);
    expect(() => buildSegmenterDictionary(['南京 ns'])).toThrow(/南京 ns/);
  });

  it('keeps the tags of long (hashed) words, and refuses a count it could not store exactly', () => {
    const s = new DictionarySegmenter(buildSegmenterDictionary(['长江 10 ns', '大桥 10 n', '长江大桥 12 nz', '长江大桥下 1 s']));
    expect(s.tag('长江大桥长江大桥下').map((t) => [t.word, t.tag])).toEqual([
      ['长江大桥', 'nz'],
      ['长江大桥下', 's'],
    ]);
    expect(() => buildSegmenterDictionary([`的 ${2 ** 24} uj`])).toThrow(/的 counts 16777216/);
  });

  it('breaks a tie between two splits toward the longer first word, as jieba does', () => {
    const s = new DictionarySegmenter(buildSegmenterDictionary(['甲乙 5 n', '丙 7 n', '甲 7 n', '乙丙 5 n']));
    expect(s.cut('甲乙丙')).toEqual(['甲乙', '丙']);
  });
});

/**
 * The reference: @node-rs/jieba (native jieba-rs) on the same dictionary, with the same
 * words added, must cut every text the same way.
 */
describe('DictionarySegmenter gives what jieba gives', () => {
  const added = loadArtefact(BUILTIN_PACK_MATCHER).wrongForms;
  const ours = new DictionarySegmenter();
  const jieba = new JiebaSegmenter();
  ours.addWords(added);
  jieba.addWords(added);

  const shared = join(__dirname, '..', '..', '..', 'shared');
  const corpus = join(shared, 'corpus');
  const ecspell = join(shared, 'data', 'ecspell', 'odw.train.tsv');
  const texts = [
    ...readFileSync(join(__dirname, '..', 'fixtures', 'clean-sentences.txt'), 'utf8').split('\n'),
    ...loadBuiltinPacks().flatMap((p) => [...p.examples.invalid.map((e) => e.text), ...p.examples.valid]),
    ...(existsSync(corpus) ? readdirSync(corpus).flatMap((f) => readFileSync(join(corpus, f), 'utf8').split('\n')) : []),
    ...(existsSync(ecspell) ? readFileSync(ecspell, 'utf8').split('\n').flatMap((row) => row.split('\t').slice(1)) : []),
  ];

  it('on official text: the fixtures, the packs’ examples, the corpus and the ECSpell sentences', () => {
    expect(texts.length).toBeGreaterThan(3000);
    const differing = texts.filter((t) => ours.cut(t).join('|') !== jieba.cut(t).join('|'));
    expect(differing).toEqual([]);
    const tags = (s: { tag(t: string): { word: string; tag: string }[] }, t: string) => s.tag(t).map((w) => `${w.word}/${w.tag}`).join(' ');
    expect(texts.filter((t) => tags(ours, t) !== tags(jieba, t))).toEqual([]);
  });

  it('on random mixes of words, Latin, digits, symbols, spaces and rare characters', () => {
    const pieces = ['截止目前', '针炙', '值班值守', '中华人民共和国', '南京市长江大桥', '的', '了', '一', 'B超', 'C++', 'AA制', 'a', 'Z', '7', '2024', '.', '%', '-', '#', '&', '_', ' ', '\t', '\r\n', '\n', '\u3000', '，', '。', '《', '𠀀', '䶵', '\uFEFF', '\u00A0', '按装', '按装修', '研究研究'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(hasLoneSurrogate(text)).toBe(false);
        expect(ours.cut(text)).toEqual(jieba.cut(text));
      }),
      { numRuns: 1000 },
    );
  });
});
