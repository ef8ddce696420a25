import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../../src/document/document.js';
import { createPlaceChildRule } from '../../../src/rules/lexicon/place-child.js';
import { loadPlaceChildren, type PlaceChildren } from '../../../src/rules/lexicon/place-children.js';
import type { Finding } from '../../../src/rules/rule.js';
import { testRule } from '../../helpers/rule-tester.js';

const message = (parent: string, found: string, right: string, label: string) =>
  `“${parent}”下没有“${found}”，疑为“${right}”之误（依据：国家统计局2023年统计用区划代码，截至2023年6月30日；此后新设、更名的${label}不在其中）。`;

testRule('lexicon/place-child', {
  valid: [
    // Children the parent has (鹳山村 and 东西岙村 of 塘溪镇, 东溪镇 of 苍溪县), with their committees written out.
    '宁波市鄞州区塘溪镇鹳山村、东西岙村',
    // The shared end of longer children's names (南北里, 北北里 of 徐水区): a name people use, not a slip of 它里.
    '河北省保定市徐水区北里村是北狮的发源地。',
    '塘溪镇鹳山村村委会',
    '苍溪县东溪镇人民政府',
    '东华门街道多福巷社区居委会',
    // Phrases, not names: a function word inside (至, 的). 三沟镇 has 致富村: 至富 is no slip of it.
    '承德县三沟镇至富村公路',
    '苍溪县辖区内的村',
    // A listed child with no parent before the list, or after a clause: no evidence.
    '鹳山村、观山村',
    '塘溪镇鹳山村开展试点，观山村也参加。',
    // A child the parent lacks with no near child: a new or renamed village is no evidence by itself.
    '塘溪镇幸福村',
    // 城关镇 names 88 townships: without its county written before it the text does not say which.
    '城关镇张妙村',
    // Generic words before a child suffix, no parent's name.
    '全区各乡镇村居委会',
    '全县各村、各社区',
    // The data writes 东趙村: the standard 赵 is never corrected to a traditional character.
    '青云店镇东赵村',
    // 上寨 of 青场镇: 下寨 is another village, not a slip.
    '七星关区青场镇下寨村',
    // A county under its prefecture or province by its 2023 name, its short form, or a name of earlier codes (密云县 until
    // 2015, 万全县): renamings are facts, not slips.
    '北京市密云区、北京市密云县、宜昌市长阳县、河北省张家口市万全县、河北省万全区',
    // …also when one alike character from another county of the parent (三山区 until 2020 and 黄山区, 淮阳县 until 2019 and 濮阳县).
    '安徽省三山区、河南省淮阳县',
    // A county of another parent (东湖区 is Nanchang's; 包头市 has 东河区): another place, not a slip.
    '包头市东湖区',
    // Generic words before 区, no county's name.
    '杭州市主城区、北京市城六区、郑州市高新区',
  ],
  invalid: [
    {
      text: '宁波市鄞州区塘溪镇观山村',
      flagged: ['观山村'],
      messageIds: ['notChild'],
      messages: [message('塘溪镇', '观山村', '鹳山村', '村（社区）')],
      fixes: ['鹳山村'],
      severity: 'warning',
    },
    // The committee written after it: the village is what is wrong.
    { text: '塘溪镇观山村村委会', flagged: ['观山村'], messageIds: ['notChild'], fixes: ['鹳山村'] },
    // 闫/阎: the same sound, a character the confusion sets lack.
    { text: '三河市李旗庄镇闫庄子村', flagged: ['闫庄子村'], messageIds: ['notChild'], fixes: ['阎庄子村'] },
    // 城关镇 of 五河县 (one of 88 城关镇) once its county is written.
    { text: '五河县城关镇张妙村', flagged: ['张妙村'], messageIds: ['notChild'], fixes: ['张庙村'] },
    // Children listed after the first share its parent.
    { text: '塘溪镇鹳山村、上周村和观山村', flagged: ['观山村'], messageIds: ['notChild'], fixes: ['鹳山村'] },
    // A community under its street office.
    { text: '东城区东华门街道多福项社区', flagged: ['多福项社区'], messageIds: ['notChild'], fixes: ['多福巷社区'] },
    // A township under its county, and a village under its county with no township written.
    {
      text: '苍溪县东西镇',
      flagged: ['东西镇'],
      messageIds: ['notChild'],
      messages: [message('苍溪县', '东西镇', '东溪镇', '乡镇（街道）')],
      fixes: ['东溪镇'],
    },
    { text: '鄞州区观山村', flagged: ['观山村'], messageIds: ['notChild'], fixes: ['鹳山村'] },
    // A county under its prefecture or its province (the prefecture left out).
    {
      text: '咸宁市铜山县',
      flagged: ['铜山县'],
      messageIds: ['notChild'],
      messages: [message('咸宁市', '铜山县', '通山县', '县级行政区划')],
      fixes: ['通山县'],
    },
    { text: '河南省杜旗县', flagged: ['杜旗县'], messageIds: ['notChild'], fixes: ['社旗县'] },
    // Written with the suffix of earlier codes (密云县, a district since 2015) and one alike character off: the 2023 name is the fix.
    {
      text: '北京市蜜云县',
      flagged: ['蜜云县'],
      messageIds: ['notChildFormer'],
      messages: ['“北京市”下没有“蜜云县”，疑为“密云县”之误，今为“密云区”（依据：国家统计局统计用区划代码，截至2015年9月30日的代码作“密云县”，截至2023年6月30日的代码作“密云区”）。'],
      fixes: ['密云区'],
    },
  ],
});

describe('lexicon/place-child data', () => {
  const rule = (load: () => PlaceChildren) => createPlaceChildRule({ likeness: () => undefined, isNonStandard: () => false }, load);
  const check = (r: ReturnType<typeof rule>, text: string) => {
    const found: Finding[] = [];
    r.check({ text } as Document, (f) => found.push(f));
    return found;
  };

  it('reads the table only for a text that writes a parent, a name and a child suffix', () => {
    let loads = 0;
    const r = rule(() => (loads++, loadPlaceChildren()));
    check(r, '各地区各部门要认真贯彻落实。全区各乡镇、村要抓好落实。');
    expect(loads).toBe(0);
    check(r, '宁波市鄞州区塘溪镇鹳山村');
    expect(loads).toBe(1);
  });

  it('holds every township and village of children.tsv as the file lists them', () => {
    const places = loadPlaceChildren();
    const lines = readFileSync(join(import.meta.dirname, '../../../dictionaries/places/children.tsv'), 'utf8').split('\n');
    let county = '';
    let townships = 0;
    for (const line of lines) {
      if (line === '' || line.startsWith('#')) continue;
      if (line.startsWith('@')) {
        county = line.slice(1);
        continue;
      }
      const [name, villages] = line.split('\t');
      const inCounty = places.countyTownships(county).filter((t) => t.name === name);
      expect(inCounty.map((t) => t.villages().join(' ')), `${county} ${name}`).toContain(villages);
      townships++;
    }
    expect(townships).toBeGreaterThan(40_000);
  });

  it('knows which characters share a reading, tone aside', () => {
    const places = loadPlaceChildren();
    expect([places.sameSound('观', '鹳'), places.sameSound('闫', '阎'), places.sameSound('仕', '士')]).toEqual([true, true, true]);
    expect([places.sameSound('观', '山'), places.sameSound('上', '下')]).toEqual([false, false]);
  });
});
