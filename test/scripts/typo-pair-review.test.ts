import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS, createReview, difference, noteOf, parseConfusion, seamAtEnd } from '../../scripts/data/typo-pair-review.mjs';

// The review of mined typo pairs (scripts/data/make-typo-pairs.mjs) on the repository's own
// word lists; the fetched sources and the clean corpora stay outside (cleanCount stands in).
const root = join(__dirname, '..', '..');
const require = createRequire(import.meta.url);
const lines = (path: string) =>
  readFileSync(join(root, path), 'utf8')
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/u, '').trim())
    .filter((l) => l && !l.startsWith('#'));
const jiebaFull = readFileSync(join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt'), 'utf8').split('\n');

const { review, needsBoundary } = createReview({
  segmenterWords: new Set(lines('dictionaries/segmenter/jieba-gongwen.txt').map((l) => l.split(' ')[0]!)),
  fullWords: new Set(jiebaFull.map((l) => l.split(' ')[0]!).filter(Boolean)),
  commonWords: new Set(jiebaFull.filter((l) => Number(l.split(' ')[1]) >= 10).map((l) => l.split(' ')[0]!)),
  personNames: new Set(jiebaFull.filter((l) => / nr[a-z]*$/u.test(l)).map((l) => l.split(' ')[0]!)),
  names: new Set(jiebaFull.filter((l) => / n[rs][a-z]*$/u.test(l)).map((l) => l.split(' ')[0]!)),
  lexiconWords: new Set(['idioms', 'places', 'institutions'].flatMap((n) => lines(`dictionaries/lexicons/${n}.txt`))),
  officialWords: new Set(lines('dictionaries/spelling/official-words.txt')),
  confusion: parseConfusion(readFileSync(join(root, 'dictionaries/spelling/confusion.tsv'), 'utf8')),
  standardChars: null,
  variantPairs: new Set(['份\t分', '分\t份']),
  packWrong: new Set(['震憾']),
  packRight: new Set(['按部就班']),
  handRejected: new Map([['炫丽\t绚丽', '“炫丽”已常见']]),
});

describe('review of mined typo pairs (scripts/data/typo-pair-review.mjs)', () => {
  const kept: [string, string, string][] = [
    ['坏境', '环境', '形近'],
    ['零晨', '凌晨', '同音'],
    ['另劈蹊径', '另辟蹊径', '同音'],
    ['共公利益', '公共利益', '颠倒'],
    ['名不见经转', '名不见经传', '同音'],
    ['偿委会', '常委会', '同音'], // 偿委 starts no name
  ];
  it.each(kept)('keeps %s → %s (%s)', (wrong, right, kind) => {
    expect(review(wrong, right, 0)).toMatchObject({ reason: null, kind });
  });

  const rejected: [string, string, number, string][] = [
    ['环境', '坏境', 0, CHECKS[0]!], // the right form is no word
    ['不在', '不再', 0, CHECKS[1]!], // a real-word error: 不在 is a word
    ['尼思', '尼斯', 0, CHECKS[2]!], // 尼斯 cut out of a transliterated name
    ['众国', '中国', 0, CHECKS[3]!], // inside 合众国
    ['多想', '多项', 0, CHECKS[4]!], // 多想想
    ['中国去', '中国区', 0, CHECKS[4]!], // 到中国去
    ['政治权力', '政治权利', 0, CHECKS[5]!], // two real words
    ['充份', '充分', 0, CHECKS[7]!], // 异形词, left to the variant packs
    ['市虫', '市场', 0, CHECKS[9]!], // 虫/场 are neither sound- nor shape-alike
    ['附进', '附近', 3, CHECKS[11]!], // seen in clean text
    ['震憾人心', '震撼人心', 0, CHECKS[12]!], // a pack lists 震憾 already
    ['炫丽', '绚丽', 0, CHECKS[14]!], // rejected on reading
    ['拉法会', '立法会', 0, CHECKS[15]!], // 拉法 (as in 拉法格) + 会: 进攻拉法会造成伤亡
  ];
  it.each(rejected)('rejects %s → %s (clean count %i): %s', (wrong, right, cleanCount, reason) => {
    expect(review(wrong, right, cleanCount).reason).toBe(reason);
  });

  it('waives only the checks a hand-listed pair names, and still runs the others', () => {
    const lookAlike = new Set([CHECKS[9]!]); // 市/虫 read by hand
    expect(review('市虫', '市场', 0, lookAlike).reason).toBeNull();
    expect(review('市虫', '市场', 2, lookAlike).reason).toBe(CHECKS[11]); // clean text still counts
    const phrase = new Set([CHECKS[0]!]); // a right form that is a phrase of clean text
    expect(review('环境', '坏境', 0, phrase).reason).toBe(CHECKS[1]); // the wrong form is still a word
  });

  it('asks for word boundaries where a form is the seam of two words', () => {
    expect(needsBoundary('保获')).toBe(true); // 确保 + 获得
    expect(needsBoundary('名不见经转')).toBe(false);
  });

  it('names the slip in the note', () => {
    expect(noteOf('坏境', '环境', '形近')).toBe('“环”误作“坏”（形近）');
    expect(noteOf('共公利益', '公共利益', '颠倒')).toBe('“公共利益”两字次序颠倒');
    expect(difference('ab', 'abc').kind).toBeNull();
  });

  // The generated homophone pack (make-official-typos.mjs) drops a word plus a character
  // that heads the next word: correct text holds 财产全部, 北京事件, 检查原因.
  const words = new Set(['财产', '北京', '检查', '安全', '国家']);
  const isWord = (w: string) => words.has(w);
  const seams: [string, string, boolean][] = [
    ['财产全', '财产权', true],
    ['北京事', '北京市', true],
    ['检查原', '检查员', true],
    ['国家极', '国家级', true], // 我们国家极不平凡的历程, 国家极限施压
    ['安全市件', '安全事件', false], // the slip is not the last character
    ['保障机治', '保障机制', false], // 保障机 is no word here
    ['财证部', '财政部', false], // 部 heads no word after a word
    ['全财产', '全财产', false], // no slip at the end
  ];
  it.each(seams)('reads %s (for %s) as a word plus the head of the next: %s', (wrong, right, seam) => {
    expect(seamAtEnd(wrong, right, isWord)).toBe(seam);
  });
});
