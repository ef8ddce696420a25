import { describe, expect, it } from 'vitest';
import { unwrapLines } from '../../src/adapters/wrapped-lines.js';
import { proofread } from '../../src/index.js';

/** `text` cut into lines of `width` characters, as a PDF page lays it out. */
const wrap = (text: string, width = 28) => text.match(new RegExp(`[^]{1,${width}}`, 'g'))!.join('\n');

// Correct prose of a plan outline, long enough to fill a dozen page lines.
const PROSE =
  '坚持把发展经济的着力点放在实体经济上，推进新型工业化，加快建设制造强市、质量强市、网络强市、数字城市，' +
  '全面赋能能源生产、能源储运、能源调控，推动传统产业转型升级，培育壮大新兴产业和未来产业，' +
  '建立健全生态环境保护、自然资源保护利用和责任考核制度，持续改善生态环境质量，' +
  '健全现代化基础设施体系，提升城市治理现代化水平，保持制造业比重基本稳定，巩固壮大实体经济根基。' +
  '统筹推进新型城镇化和乡村全面振兴，促进城乡融合发展，推动区域协调发展，优化国土空间开发保护格局。';

describe('text wrapped at a page width (PDF)', () => {
  it('joins the lines of a sentence, and maps every character back to the source', () => {
    const source = wrap(PROSE);
    const projection = unwrapLines(source)!;
    expect(projection.text).toBe(PROSE);
    for (let i = 0; i < projection.text.length; i++) expect(source[projection.sourceStart[i]!]).toBe(projection.text[i]);
  });

  it('drops a page number between two halves of a sentence', () => {
    const lines = wrap(PROSE).split('\n');
    lines.splice(6, 0, '— 12 —');
    expect(unwrapLines(lines.join('\n'))!.text).toBe(PROSE);
  });

  it('keeps headings, items, contents lines and the end of a paragraph on their lines', () => {
    const lines = wrap(PROSE).split('\n');
    lines.splice(3, 0, '第二章 加快建设现代化产业体系');
    lines.splice(6, 0, '（一）推动传统产业转型升级');
    lines.splice(9, 0, '第三章 推动高质量发展……………………… 15');
    const text = unwrapLines(lines.join('\n'))!.text;
    expect(text).toContain('\n第二章 加快建设现代化产业体系\n');
    expect(text).toContain('\n（一）推动传统产业转型升级\n');
    expect(text).toContain('\n第三章 推动高质量发展……………………… 15\n');
  });

  it('leaves text of one paragraph per line, and short texts, as they are', () => {
    expect(unwrapLines(PROSE.replace(/。/g, '。\n'))).toBeUndefined();
    expect(unwrapLines(wrap(PROSE.slice(0, 100)))).toBeUndefined();
    // Lines of one width that each end a sentence are a list, not a wrapped paragraph.
    const list = Array.from({ length: 12 }, (_, i) => `第${i + 1}项工作由市发展和改革委员会牵头负责落实到位。`).join('\n');
    expect(unwrapLines(list)).toBeUndefined();
  });

  it('reads words across the breaks: no fragment taken for a slip, a slip across a break found', () => {
    // Cut as a PDF page cuts them: 赋能|能源 (no 能能), 生态环境保|护 (no 生态环境局), 中国特色社会|主义.
    const page = [
      '坚持把发展经济的着力点放在实体经济上，推进新型工业化，加',
      '快建设制造强市、质量强市、网络强市、数字城市，全面赋能能',
      '源生产、能源储运、能源调控，推动传统产业转型升级，培育壮',
      '大新兴产业和未来产业，改善生态环境质量，健全生态环境保',
      '护和自然资源保护利用制度，坚持以习近平新时代中国特色社会',
      '主义思想为指导，健全现代化基础设施体系，提升城市治理现代化',
      '水平，保持制造业比重基本稳定，巩固壮大实体经济根基。统筹',
      '推进新型城镇化和乡村全面振兴，促进城乡融合发展，推动区域协',
      '调发展，优化国土空间开发保护格局。',
    ].join('\n');
    const source = `${page}\n${page}`;
    expect(unwrapLines(source)!.text).toBe(`${page.replace(/\n/g, '')}\n${page.replace(/\n/g, '')}`);
    expect(proofread(source).issues.filter((i) => i.severity !== 'info').map((i) => `${i.ruleId} ${i.text}`)).toEqual([]);
    const slipped = source.replace('主义思想', '主义思相');
    const [slip] = proofread(slipped).issues.filter((i) => i.ruleId === 'political/near-miss');
    expect(slip?.text).toBe('习近平新时代中国特色社会\n主义思相');
    expect(slipped.slice(slip!.start, slip!.end)).toBe(slip!.text);
  });
});
