import { describe, expect, it } from 'vitest';
import { loadPlaceStems, stemOf, stemsNear } from '../../../src/rules/lexicon/place-stems.js';
import { testRule } from '../../helpers/rule-tester.js';

const message = (found: string, right: string, name: string) =>
  `“${found}”不是已知地名，疑为“${right}”（${name}）之误（依据：国家统计局2023年统计用区划代码，截至2023年6月30日）。`;

testRule('lexicon/place-stem', {
  valid: [
    // A village's name one look-alike from a township's stem (吕家营 village, 吴家营 township), and the
    // heads of names with an ethnic qualifier or an area's kind: places of their own, not slips.
    '在吕家营开展调研。',
    '吕家营的村民说。',
    '调研组在付家店满族乡开展调研。',
    '调研组在射阳港经济区开展调研。',
    // The stems as the codes write them, bare and in running text.
    '集士港',
    '集士港的村民',
    '他家住在集士港，',
    '曹县阎店楼',
    '容桂',
    // With its suffix the slip is lexicon/fixed-expression's (集仕港镇), with its parent's child lexicon/place-child's.
    '宁波市海曙区集仕港镇',
    // A name of the codes near a stem (师河, a village; 浉河 is a district): another place.
    '师河',
    // Children as the codes write them; a stem under a parent that lacks it and any child near it.
    '信阳市浉河，',
    '佛山市顺德区容桂的居民',
    '北京市师河，',
    // Words and phrases one character off a stem: the segmenter cuts them into words (搭|平台 for 大平台乡,
    // 文化节 for 文化街街道, 人民解放军 for 人民街街道).
    '搭平台、亮政策的同时，',
    '文化节，',
    '中国人民解放军',
    // A count and its noun (三大类, not 三大顷): a numeral is never the slip's first character.
    '覆盖土地、矿产、海洋资源三大类，',
    // Persons and rivers in lists (、, （）): 杨关林 is a name, not 杨官林镇; 马颊河 a river, not 马家河街道.
    '杨关林（锡伯族）',
    '徒骇河、马颊河、金堤河',
    // Three characters after a common surname between commas read as a person's name.
    '会议由杨关林主持，',
    // A village with its suffix (大陵村 of 渠黎镇, near the stem 大陆村 of 大陆村乡): place-child's, not a bare stem.
    '扶绥县渠黎镇大陵村，',
    // Two characters in running text: too short to tell a name from a word; and a signature line (王毅, not 王益区).
    '在客桂，',
    '王毅',
    // 正在, 现在: the verb of place is part of another word.
    '经济正在恶化，',
    // A word of jieba's rarer list (噘嘴, not 角嘴 of 角嘴乡), even on a line of its own; a slip of a word as well
    // as of a stem (撅嘴 for 噘嘴, 低子 for 低于): the text does not say which.
    '噘嘴',
    '撅嘴',
    '低子',
    // After a verb of place with the predicate going on, the name goes on too (永定土楼, 顾家台村, 阿克套市, 大沙泥街).
    '带着孩子回到永定土楼过年',
    '在顾家台村顾成虎家里',
    '当天在阿克套市附近失事',
    '南至大沙泥街，',
    // Grammar (商户的 for 商户地乡), a known place holding the written character (唐山港, not 中山港), a foreign name
    // (萨拉基卜, 多布罗皮利亚), a river (石川河, near 石界河).
    '没站到商户的角度多听听他们的诉求',
    '矿砂船在唐山港曹妃甸港区实现满载靠泊',
    '叙政府军和反对派在萨拉基卜激战',
    '乌军在多布罗皮利亚方向展开',
    '每天早晚都会到石川河国家湿地公园',
  ],
  invalid: [
    {
      text: '集仕港',
      flagged: ['集仕港'],
      messageIds: ['stem'],
      messages: [message('集仕港', '集士港', '集士港镇')],
      fixes: ['集士港'],
      severity: 'warning',
    },
    // After a verb of place, before a word that follows a place, after its parent written whole.
    { text: '集仕港的村民都说', flagged: ['集仕港'], messageIds: ['stem'], fixes: ['集士港'] },
    { text: '他家住在集仕港，离宁波不远。', flagged: ['集仕港'], messageIds: ['stem'], fixes: ['集士港'] },
    { text: '调研组在集仕港开展调研。', flagged: ['集仕港'], messageIds: ['stem'], fixes: ['集士港'] },
    { text: '宁波市海曙区集仕港', flagged: ['集仕港'], messageIds: ['stem'], fixes: ['集士港'] },
    // 闫/阎: the same sound; a slip in the first character too.
    { text: '闫店楼', flagged: ['闫店楼'], messageIds: ['stem'], fixes: ['阎店楼'] },
    { text: '山东省菏泽市曹县闫店楼', flagged: ['闫店楼'], messageIds: ['stem'], fixes: ['阎店楼'] },
    // A prefecture outranks a township of a like name (驻马店市, not 朱马店镇); 邱隘镇 on a line of its own.
    { text: '在住马店，', flagged: ['住马店'], messageIds: ['stem'], messages: [message('住马店', '驻马店', '驻马店市')], fixes: ['驻马店'] },
    { text: '调研组在秦皇鸟开展调研。', flagged: ['秦皇鸟'], messageIds: ['stem'], fixes: ['秦皇岛'] },
    { text: '丘隘', flagged: ['丘隘'], messageIds: ['stem'], fixes: ['邱隘'] },
    // Under its parent a stem of two characters in running text too, a child of that parent only (浉河区 of 信阳市,
    // 容桂街道 of 顺德区), though 师河 is a village of 秦安县.
    { text: '河南省信阳市师河，', flagged: ['师河'], messageIds: ['stem'], messages: [message('师河', '浉河', '浉河区')], fixes: ['浉河'] },
    { text: '佛山市顺德区客桂的居民', flagged: ['客桂'], messageIds: ['stem'], fixes: ['容桂'] },
    // Two characters only as a line of their own (a heading, a table cell): 客/容 look alike.
    { text: '客桂', flagged: ['客桂'], messageIds: ['stem'], messages: [message('客桂', '容桂', '容桂街道')], fixes: ['容桂'] },
  ],
});

describe('lexicon/place-stem data', () => {
  it('takes the stem of townships and counties, not of development zones', () => {
    expect(stemOf('集士港镇')).toBe('集士港');
    expect(stemOf('容桂街道')).toBe('容桂');
    expect(stemOf('浉河区')).toBe('浉河');
    expect(stemOf('石家庄高新技术产业开发区')).toBeUndefined();
  });

  it('finds the stems one character off a span', () => {
    const near = stemsNear(loadPlaceStems(), '集仕港');
    expect(near.map((n) => n.stem)).toContain('集士港');
  });
});
