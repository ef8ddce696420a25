import { describe, expect, it } from 'vitest';
import { formatHanCount, formatHanNumber, hanCount, hanDigit, hanDigitValue, hanNumber, hanTens, hanYear, HAN_NUMBER_CHARS } from '../../src/text/numerals.js';

describe('text/numerals', () => {
  it('reads digits from the one table (〇 and 零 are 0, 两 is 2)', () => {
    expect([...'〇零一两九'].map(hanDigitValue)).toEqual([0, 0, 1, 2, 9]);
    expect(hanDigitValue('十')).toBeUndefined();
  });

  it('parses years digit by digit, zero lookalikes included', () => {
    expect(hanYear('二〇二四')).toBe(2024);
    expect(hanYear('二零二四')).toBe(2024);
    expect(hanYear('二○二四')).toBe(2024);
    expect(hanYear('二〇二')).toBeUndefined();
    expect(hanYear('两〇二四')).toBeUndefined();
  });

  it('parses and formats 1–99 as inverses', () => {
    for (let n = 1; n <= 99; n++) expect(hanNumber(formatHanNumber(n))).toBe(n);
    expect(formatHanNumber(31)).toBe('三十一');
    expect(formatHanNumber(100)).toBe('100');
    expect(hanNumber('两')).toBeUndefined();
    expect(hanNumber('十〇')).toBeUndefined();
  });

  it('parses and formats counts of 1–299 (周年) as inverses', () => {
    for (let n = 1; n <= 299; n++) expect(hanCount(formatHanCount(n)!)).toBe(n);
    expect([105, 110, 130, 200, 207].map(formatHanCount)).toEqual(['一百零五', '一百一十', '一百三十', '二百', '二百零七']);
    expect(hanCount('百')).toBe(100);
    expect(hanCount('一百〇五')).toBe(105);
    expect(hanCount('三百')).toBeUndefined();
    expect(hanCount('一百五')).toBeUndefined(); // 一百五 is 150 in speech, not a count as written
    expect(formatHanCount(300)).toBeUndefined();
  });

  it('formats digits and tens', () => {
    expect(hanDigit(0) + hanDigit(7)).toBe('〇七');
    expect(hanTens(1) + hanTens(3)).toBe('十三十');
  });

  it('builds its classes from the table', () => {
    for (const ch of '〇零一九十百千万亿○Ｏ0') expect(HAN_NUMBER_CHARS).toContain(ch);
    expect(HAN_NUMBER_CHARS).not.toContain('两');
  });
});
