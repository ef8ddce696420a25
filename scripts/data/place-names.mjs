// Names of administrative divisions as the statistics bureau's codes write them, and their usual short
// forms: shared by make-places.mjs (lexicons/places.txt) and make-place-counties.mjs (places/counties.tsv).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Placeholders of the statistical codes, not names. */
export const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
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

export function shortForms(name) {
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

/** An autonomous prefecture's, county's or banner's short form with its suffix (恩施州, 长阳县), written as often as its full name; undefined for any other name. */
export function autonomousShortForm(name) {
  return /自治[州县旗]$/.test(name) ? shortForms(name)[0] : undefined;
}
