import { describe, expect, it } from 'vitest';
import { loadArtefact } from '../../../src/compiled/artefact.js';
import { SPELLING_MODEL } from '../../../src/rules/spelling/model.js';
import { insidePersonName } from '../../../src/rules/spelling/person-names.js';
import '../../../src/index.js';

/** The characters of `text` that person-names.ts takes for a person's name's, as runs. */
function names(text: string): string[] {
  const model = loadArtefact(SPELLING_MODEL);
  const words = { isWord: (t: string, start: number, length: number) => model.isRealWord(t, start, length) };
  const found: string[] = [];
  let run = '';
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && insidePersonName(text, i, words)) run += text[i];
    else if (run) {
      found.push(run);
      run = '';
    }
  }
  return found;
}

describe('person-names: a name the text marks as one', () => {
  it.each([
    ['凝霜制冷设备有限公司法定代表人吴和根被依法追究责任。', ['吴和根']],
    ['国务院国资委特派员刘显法出席会议。', ['刘显法']],
    ['会议表彰了连捷等20名同志。', ['连捷']],
    ['吴和根同志任县委副书记。', ['吴和根']],
    ['李洪凤女士出席开幕式。', ['李洪凤']],
    ['由季新杰、王浩宇、潘展乐、张展硕组成的中国队获得冠军。', ['季新杰', '王浩宇', '潘展乐', '张展硕']],
    ['出席会议的有王文毅、季新杰、毛秉强、刘显法、连捷。', ['王文毅', '季新杰', '毛秉强', '刘显法', '连捷']],
    ['高晓力介绍，今年将继续加大投入。', ['高晓力']],
    ['会上，李洪凤表示，将继续努力训练。', ['李洪凤']],
    // A third character that starts a word with the next is not the name's.
    ['县委书记王伟出席会议。', ['王伟']],
    ['王文毅分享了自己的创业经历。', ['王文毅']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // A function character after a title starts the next words (和, 从, 有).
    '向全国广大教师和教育工作者致以节日的祝贺。',
    '记者从海关总署获悉。',
    '让打电话的市民有更好体验。',
    // A title that is part of a longer word (主席国), or whose last character makes a word with the next (部长江).
    '做好东盟轮值主席国工作。',
    '从交通运输部长江航务管理局了解到。',
    // A known word after a title (高度, 强调), or before 同志 with the character before it (有关领导).
    '县委书记高度重视安全生产工作。',
    '党和国家有关领导同志前往送别。',
    // Lists of words, not of names.
    '在发展黄桃、茶叶、雷竹等产业。',
    '融合了4K、3D、高帧率、高动态范围等多项技术。',
    '大力培养大国工匠、能工巧匠。',
    // A known word before a verb at the start of a clause (周边), or a name not at a clause's start.
    '周边国家表示关切。',
    '我们采访了王文毅分享的经验。',
  ])('%s: none', (text) => {
    expect(names(text)).toEqual([]);
  });
});
