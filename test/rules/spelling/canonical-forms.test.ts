import { describe, expect, it } from 'vitest';
import { CanonicalForms } from '../../../src/rules/spelling/canonical-forms.js';
import { loadFixedExpressions } from '../../../src/rules/lexicon/fixed-expressions.js';

describe('spelling/canonical-forms: characters a lexicon form vouches for', () => {
  const forms = new CanonicalForms(loadFixedExpressions().index);
  const cover = (text: string, char: string) => forms.cover(text, text.indexOf(char));

  it.each([
    ['江苏省苏州市吴江区', '吴'], // a three-character place (the set)
    ['加快张江镇产业升级', '江'],
    ['树立文明乡风，不倚强凌弱。', '倚'], // an idiom (the near-miss index)
    ['依照中华人民共和国行政许可法的规定', '许'], // a law title
  ])('%s: %s is the form’s own', (text, char) => {
    expect(cover(text, char)).toBe(true);
  });

  it.each([
    ['加强抗振安居工程建设', '振'], // 振安 alone is a short name, too often a slip's neighbour
    ['改善人居环竟', '竟'],
    ['树立文明乡风，不依强凌弱。', '依'], // one character off the idiom: no cover
  ])('%s: %s is not covered', (text, char) => {
    expect(cover(text, char)).toBe(false);
  });
});
