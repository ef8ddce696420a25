// dictionaries/lexicons/places.txt: names of administrative divisions down to township.
//   node scripts/data/make-places.mjs ADMIN_DIVISIONS_GIT_DIR
// ADMIN_DIVISIONS_GIT_DIR: a bare clone of modood/Administrative-divisions-of-China (WTFPL):
// dist/provinces.json, cities.json, areas.json, streets.json, HK-MO-TW.json, built from the
// National Bureau of Statistics' 2023 codes (统计用区划代码, as of 2023-06-30).
// Full names, and the usual short forms of provinces, prefectures and counties (苍溪县 → 苍溪,
// 恩施土家族苗族自治州 → 恩施州); townships keep their full names only (their short forms,
// 城关 or 新华, are common words); a prefecture or county under its province's short form
// (安徽太和, 安徽太和县) or, the prefecture left out, under its province (安徽省太和县).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gitHead, gitShow, writeLexicon } from './lexicon-file.mjs';

const gitDir = process.argv[2];
if (!gitDir) throw new Error('usage: make-places.mjs ADMIN_DIVISIONS_GIT_DIR');
const [commit, date] = await gitHead(gitDir);
const rows = async (file) => JSON.parse(await gitShow(gitDir, `dist/${file}`));
const provinceRows = await rows('provinces.json');
const cityRows = await rows('cities.json');
const areaRows = await rows('areas.json');
const streetRows = await rows('streets.json');
const [provinces, cities, areas, streets] = [provinceRows, cityRows, areaRows, streetRows].map((list) => list.map((r) => r.name));
const special = [];
const walk = (node) => (Array.isArray(node) ? node.forEach(walk) : typeof node === 'object' ? Object.entries(node).forEach(([k, v]) => (special.push(k), walk(v))) : special.push(node));
walk(JSON.parse(await gitShow(gitDir, 'dist/HK-MO-TW.json')));

/** Placeholders of the statistical codes, not names. */
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const PROVINCE_SHORT = { 内蒙古自治区: '内蒙古', 广西壮族自治区: '广西', 西藏自治区: '西藏', 宁夏回族自治区: '宁夏', 新疆维吾尔自治区: '新疆', 香港特别行政区: '香港', 澳门特别行政区: '澳门' };

// The 56 民族 (lexicons/ethnic-groups.txt), longest first: an autonomous division's name ends with those it is
// for, with 族 (恩施土家族苗族自治州) or, for a name of two characters or more, without (伊犁哈萨克自治州,
// 察布查尔锡伯自治县); 各族 for several (龙胜各族自治县).
const ETHNIC = readFileSync(fileURLToPath(new URL('../../dictionaries/lexicons/ethnic-groups.txt', import.meta.url)), 'utf8')
  .split('\n')
  .filter((l) => /^\p{sc=Han}+族$/u.test(l.trim()))
  .flatMap((l) => (l.trim().length >= 3 ? [l.trim(), l.trim().slice(0, -1)] : [l.trim()]))
  .concat('各族')
  .sort((a, b) => b.length - a.length);

/**
 * The place name of an autonomous division: its name with the 民族 names at its end taken off
 * (西双版纳傣族自治州 → 西双版纳, 积石山保安族东乡族撒拉族自治县 → 积石山); a division named after its
 * 民族 keeps that name (东乡族自治县 → 东乡, 鄂伦春自治旗 → 鄂伦春).
 */
function autonomousName(base) {
  for (;;) {
    const e = ETHNIC.find((x) => base.endsWith(x));
    if (!e) return base;
    if (base.length === e.length) return e.replace(/族$/, '');
    base = base.slice(0, -e.length);
  }
}

function shortForms(name) {
  if (PROVINCE_SHORT[name]) return [PROVINCE_SHORT[name]];
  // 恩施土家族苗族自治州 → 恩施州 and 恩施, 长阳土家族自治县 → 长阳县 and 长阳.
  const autonomous = /^(.+?)自治(州|县|旗)$/.exec(name);
  if (autonomous) {
    const base = autonomousName(autonomous[1]);
    return base.length >= 2 ? [base + autonomous[2], base] : [];
  }
  const m = /^(.{2,})(省|市|县|区|盟|地区|林区|特区)$/.exec(name);
  return m ? [m[1]] : [];
}

const full = [...provinces, ...cities, ...areas, ...streets, ...special].filter((n) => !PLACEHOLDER.test(n));
// A place is usually written under its parent (四川省广元市, 广元市苍溪县, 苍溪县东溪镇): these
// pairs make the three-character names of counties and townships long enough to match.
const nameOf = new Map([...provinceRows, ...cityRows, ...areaRows].map((r) => [r.code, r.name]));
const parentName = (code) => (PLACEHOLDER.test(nameOf.get(code) ?? '') ? undefined : nameOf.get(code));
// An autonomous division is written under its parent and over its children by its short form with the
// suffix as often as by its full name (云南省西双版纳州, 恩施州利川市, 长阳县龙舟坪镇).
const writtenAs = (name) => {
  const short = /自治(州|县|旗)$/.test(name) ? shortForms(name)[0] : undefined;
  return short ? [name, short] : [name];
};
const pairs = [
  ...cityRows.map((r) => [parentName(r.provinceCode), r.name]),
  ...areaRows.map((r) => [parentName(r.cityCode) ?? parentName(r.provinceCode), r.name]),
  ...streetRows.map((r) => [parentName(r.areaCode), r.name]),
  // A county, county-level city or banner under its province, the prefecture left out (安徽省太和县, 河北省正定县);
  // not a district (区), which is written under its city.
  ...areaRows.filter((r) => parentName(r.cityCode) && /(市|县|旗)$/.test(r.name)).map((r) => [parentName(r.provinceCode), r.name]),
]
  .filter(([parent, name]) => parent && !PLACEHOLDER.test(name))
  .flatMap(([parent, name]) => writtenAs(parent).flatMap((p) => writtenAs(name).map((n) => p + n)));
const short = [...provinces, ...cities, ...areas].filter((n) => !PLACEHOLDER.test(n)).flatMap(shortForms);
// News and reports name a county or prefecture after its province's short form (安徽太和, 河北正定,
// 安徽阜阳): the province's short name and the place's plain one (the last short form). Only under
// 省 and 自治区: under a municipality the district goes with the city's name (北京市朝阳区).
const provinceShort = new Map(provinceRows.filter((r) => /(省|自治区)$/.test(r.name)).map((r) => [r.code, shortForms(r.name).at(-1)]));
const underProvince = [...cityRows, ...areaRows]
  .filter((r) => provinceShort.has(r.provinceCode) && !PLACEHOLDER.test(r.name) && /(市|县|旗|州|盟|地区)$/.test(r.name))
  .map((r) => [provinceShort.get(r.provinceCode), shortForms(r.name).at(-1)])
  .filter(([province, place]) => province && place && place.length >= 2)
  .map(([province, place]) => province + place);
// The same with the place's suffix (河南洛阳市, 安徽太和县, 湖北恩施州): the bare form's span (河南洛杨) ends inside
// the word its suffix makes (洛杨市), so a slip there is found only in the whole.
const underProvinceWhole = [...cityRows, ...areaRows]
  .filter((r) => provinceShort.has(r.provinceCode) && !PLACEHOLDER.test(r.name) && /(市|县|旗|州|盟|地区)$/.test(r.name))
  .flatMap((r) => writtenAs(r.name).map((name) => provinceShort.get(r.provinceCode) + name));
writeLexicon(
  'places',
  [
    '行政区划名称（省、地、县、乡四级全称，省地县三级的常用简称，上下两级连写的全称如“苍溪县东溪镇”）。Used by: lexicon/fixed-expression (near-miss matching).',
    '类别：地名；依据：国家统计局 2023年统计用区划代码',
    `Source: modood/Administrative-divisions-of-China, dist/*.json, commit ${commit} (${date}), WTFPL;`,
    '        from 国家统计局 2023年统计用区划代码和城乡划分代码 (as of 2023-06-30).',
    'Generated by scripts/data/make-places.mjs; sources and licences in dictionaries/NOTICE.',
  ],
  [...full, ...short, ...pairs, ...underProvince, ...underProvinceWhole],
);
