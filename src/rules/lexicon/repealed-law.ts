import { referenceDateOf } from '../../document/reference-date.js';
import { isGoalYear, NAMED_YEARS, yearOfMatch } from '../../document/years-named.js';
import { chineseDate } from '../../text/dates/calendar.js';
import { CLAUSE_ENDS, PHRASE_MARKS, RUNNING_TEXT_MARKS } from '../../text/sentences.js';
import { spanContaining } from '../../text/span-search.js';
import type { Document } from '../../document/document.js';
import type { Rule } from '../rule.js';
import { loadLawCitations } from './law-citations.js';

const MESSAGES = {
  repealed: '《{{title}}》已于{{ceased}}废止{{replaced}}。{{dateLabel}}{{date}}的文件不宜再作为现行依据引用；如指废止前的法律关系或历史，宜写明“原”或当时的年份。',
};

/** A title in book-title marks. */
const TITLE = /《([^《》\n]{2,40})》/g;
/**
 * Words in the sentence that place the citation in the past or tell the repeal itself (原《合同法》, 当时,
 * 施行前, 同时废止, 被取代), or speak of law as history (沿革, 编纂).
 */
const PAST_MARKERS = ['当时', '彼时', '时任', '曾', '此前', '以前', '之前', '施行前', '实施前', '生效前', '废止', '失效', '取代', '代替', '替代', '不再适用', '停止执行', '编纂', '沿革', '历史', '颁布', '制定', '出台', '修改', '修订', '修正'];
/** 时 of a time in the past (签订合同时, 时的); not 同时, 及时, 随时, 适时, 按时, 准时, 时间, 时代. */
const TIME_OF = /(?<![及随适按准临暂届])(?<!(?<!合)同)时(?![间代期刻])/;
/** The title inside another's (最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释, …实施办法): that act is named, not the law. */
const IN_A_TITLE_BEFORE = new RegExp(`关于[^${RUNNING_TEXT_MARKS}\\s]{0,8}$`);
const IN_A_TITLE_AFTER = /^(?:若干问题|有关问题|几个问题)?(?:的)?(?:解释|规定|意见|实施办法|实施细则|实施条例|批复|答复|释义)/;
/** 原 right before the title, or 原 of a phrase (原《合同法》, 原有关规定). */
const FORMER_BEFORE = /原$/;

/**
 * A law or regulation that has been repealed (《合同法》 since the 民法典 took effect on 2021-01-01,
 * 《行政监察法》, the 外资三法, 《国家行政机关公文处理办法》…; lexicons/repealed-laws.tsv), cited in a
 * document written after it ceased as though it were in force. Left alone: a sentence that speaks
 * of the past (原, 当时, …时, 施行前, a year up to the repeal's), tells the repeal or names what
 * replaced it (the 民法典's own list), a document dated before the repeal or, undated, not known to
 * be later (as lexicon/renamed-institution).
 */
export function createRepealedLawRule(): Rule {
  return {
    id: 'lexicon/repealed-law',
    category: 'law',
    severity: 'warning',
    description: '在法律废止以后写成的文件中仍引用已废止的法律、行政法规作为依据',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      if (!text.includes('《')) return;
      const data = loadLawCitations();
      // Whether the text tells a title's repeal: a scan of the whole text, asked once per title.
      const told = new Map<string, boolean>();
      for (const m of text.matchAll(TITLE)) {
        const law = data.repealed(m[1]!);
        if (!law) continue;
        const date = referenceDateOf(doc);
        if (date.iso < law.ceased || !isDatedAfter(doc, m.index, law.ceased, date.iso)) continue;
        const end = m.index + m[0].length;
        if (IN_A_TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)) || IN_A_TITLE_AFTER.test(text.slice(end, end + 12))) continue;
        const sentence = spanContaining(doc.sentences, m.index) ?? { start: 0, end: text.length };
        // The sentence names what replaced it (not inside the title itself: 行政监察法 holds 监察法).
        const words = text.slice(sentence.start, m.index) + '《》' + text.slice(end, sentence.end);
        if (law.replacedBy.some((r) => words.includes(r) || words.includes(r.replace(/^中华人民共和国/, '')))) continue;
        if (speaksOfThePast(text, sentence, m.index, Number(law.ceased.slice(0, 4)))) continue;
        // A text that tells the repeal somewhere (民法典施行后，合同法同时废止) is about the change: its other citations too.
        if (!told.has(m[1]!)) told.set(m[1]!, tellsTheRepeal(doc, m[1]!, law.replacedBy));
        if (told.get(m[1]!)) continue;
        report({
          start: m.index,
          end: m.index + m[0].length,
          messageId: 'repealed',
          data: {
            title: m[1]!,
            ceased: chineseDate(law.ceased),
            replaced: law.replacedBy.length > 0 ? `，现行依据为${law.replacedBy.map((r) => `《${r}》`).join('、')}` : '',
            dateLabel: date.label,
            date: chineseDate(date.iso),
          },
        });
      }
    },
  };
}

/**
 * As lexicon/renamed-institution, a date given or found; undated, a year named after the repeal's in the
 * citation's own paragraph, that is a time the text speaks in, not a date of an act's history. Laws and
 * rules name the days they were adopted, amended and take effect (本条例自2016年1月1日起施行, 根据2010年…
 * 修正), and a text compiled from several names the years of others, none of which dates the citation.
 */
function isDatedAfter(doc: Document, at: number, from: string, today: string): boolean {
  if (doc.settings.documentDate || doc.facts.writtenDate) return true;
  const text = doc.text;
  const start = text.lastIndexOf('\n', at) + 1;
  const next = text.indexOf('\n', at);
  return (latestNarrativeYear(text, start, next === -1 ? text.length : next, today) ?? 0) > Number(from.slice(0, 4));
}

/** A year followed in its clause by the verb of an act's history (通过, 修正, 起施行, 公布): a date of that act. */
const ACT_DATE_AFTER = new RegExp(`^[^${CLAUSE_ENDS}${PHRASE_MARKS}：]{0,40}?(?:通过|修正|修订|修改|施行|生效|公布|发布|印发|批准|废止|删除)`);
/** 自…起 or 根据 before the year: the same. */
const ACT_DATE_BEFORE = /(?:自|于|根据|依据)$/;

function latestNarrativeYear(text: string, start: number, end: number, today: string): number | undefined {
  const thisYear = Number(today.slice(0, 4));
  let latest: number | undefined;
  for (const m of text.slice(start, end).matchAll(NAMED_YEARS)) {
    const at = start + m.index;
    const after = at + m[0].length;
    if (isGoalYear(text, at, after)) continue;
    if (ACT_DATE_BEFORE.test(text.slice(Math.max(0, at - 2), at)) || ACT_DATE_AFTER.test(text.slice(after, after + 48))) continue;
    const year = yearOfMatch(m);
    if (year !== undefined && year <= thisYear && (latest === undefined || year > latest)) latest = year;
  }
  return latest;
}

/**
 * The text tells the repeal: it says the title itself was repealed (《…》同时废止), or names what replaced
 * it and says something ceased (废止, 失效, 取代) or a code was compiled (编纂).
 */
function tellsTheRepeal(doc: Document, title: string, replacedBy: string[]): boolean {
  // The title itself said to be repealed somewhere (《中华人民共和国居民身份证条例》同时废止).
  const said = doc.text.indexOf(`《${title}》`);
  for (let at = said; at !== -1; at = doc.text.indexOf(`《${title}》`, at + 1)) {
    if (REPEAL_AFTER.test(doc.text.slice(at + title.length + 2, at + title.length + 24))) return true;
  }
  // Not the old title itself (执业医师法 holds 医师法, 企业破产法（试行） 企业破产法).
  const text = doc.text.split(title).join('');
  return replacedBy.some((r) => text.includes(r.replace(/^中华人民共和国/, ''))) && /废止|失效|取代|编纂/.test(text);
}

/** Right after a title, in its clause: it is said to be repealed. */
const REPEAL_AFTER = new RegExp(`^[^${CLAUSE_ENDS}]{0,20}?(?:废止|失效|停止执行)`);

function speaksOfThePast(text: string, sentence: { start: number; end: number }, at: number, ceasedYear: number): boolean {
  const words = text.slice(sentence.start, sentence.end);
  if (FORMER_BEFORE.test(text.slice(Math.max(sentence.start, at - 1), at))) return true;
  if (PAST_MARKERS.some((w) => words.includes(w)) || TIME_OF.test(words)) return true;
  for (const y of words.matchAll(NAMED_YEARS)) if ((yearOfMatch(y) ?? Infinity) <= ceasedYear) return true;
  return false;
}
