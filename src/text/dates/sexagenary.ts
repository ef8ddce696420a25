/** The sexagenary (干支) cycle of years and the twelve animals (生肖) that go with its branches. */

export const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
export const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
/** The animal of each branch, in the branches' order: 子 鼠, 丑 牛 … 亥 猪. */
export const ZODIAC_ANIMALS = '鼠牛虎兔龙蛇马羊猴鸡狗猪';

/** 干支 of the lunar year that begins in Gregorian `year` (1984 甲子, 2024 甲辰, 2026 丙午). */
export function sexagenaryYear(year: number): string {
  const i = (((year - 4) % 60) + 60) % 60;
  return `${HEAVENLY_STEMS[i % 10]}${EARTHLY_BRANCHES[i % 12]}`;
}

/** The animal of the lunar year that begins in Gregorian `year` (2024 龙, 2026 马). */
export function zodiacOfYear(year: number): string {
  return ZODIAC_ANIMALS[(((year - 4) % 12) + 12) % 12]!;
}

/** The animal that goes with a branch (午 → 马), or undefined for a character that is no branch. */
export function zodiacOfBranch(branch: string): string | undefined {
  const i = EARTHLY_BRANCHES.indexOf(branch);
  return i < 0 ? undefined : ZODIAC_ANIMALS[i];
}

/** Whether stem and branch can pair at all: in the cycle only odd with odd, even with even (甲子, never 甲丑). */
export function isSexagenaryPair(stem: string, branch: string): boolean {
  const s = HEAVENLY_STEMS.indexOf(stem);
  const b = EARTHLY_BRANCHES.indexOf(branch);
  return s >= 0 && b >= 0 && s % 2 === b % 2;
}
