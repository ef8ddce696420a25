import type { Rule } from '../rule.js';
import { loadLawCitations, type LawEvent, type LawHistory } from './law-citations.js';

const MESSAGES = {
  year: '《{{title}}》{{year}}年没有修正或修订（{{history}}），所注版本年份有误{{hint}}。',
  kind: '《{{title}}》{{year}}年是{{actual}}，不是{{named}}（{{history}}）。',
  adopted: '《{{title}}》{{year}}年是{{actual}}之年，当年没有{{named}}（{{history}}）{{hint}}。',
  day: '《{{title}}》是{{days}}{{named}}的，不是{{written}}（施行日期与修改日期不同）。',
};

/** 《TITLE》（2021年修订）, （2021修正）, （2021年1月22日修订）, （2009年修正本）: the version after the title. */
const AFTER_TITLE = /《([^《》\n]{2,60})》[ \t]*[（(][ \t]*((\d{4})年?(?:(\d{1,2})月(\d{1,2})日)?[ \t]*(修正|修订))本?[ \t]*[）)]/g;
/** 2018年修正的《TITLE》, 2021年1月22日修订的《TITLE》: the version before it. */
const BEFORE_TITLE = /((\d{4})年(?:(\d{1,2})月(\d{1,2})日)?(修正|修订))(?:后)?的《([^《》\n]{2,60})》/g;

const AMENDMENTS = new Set(['修正', '修订']);

/**
 * The version a citation names (《中华人民共和国行政处罚法》（2017年修订）, 2018年修正的《宪法》) against
 * the history of the law (lexicons/law-history.tsv, from LawRefBook/Laws): a year in which the law
 * was neither amended nor revised is an error; the right year with the other kind (修订 for a 修正 by
 * decision) a warning, for laws only; a day written in full that is not the change's (the day it took effect) a warning (the State Council calls every change of a regulation 修订); a
 * law's year of adoption named as an amendment a warning; a regulation's year, a warning. Not judged: titles the data does not hold or
 * several laws share, laws whose history the source gives incomplete, years after the last change it lists or
 * from the snapshot's on.
 */
export function createLawVersionRule(): Rule {
  return {
    id: 'lexicon/law-version',
    category: 'law',
    severity: 'error',
    description: '引用法律、行政法规时所注的修正、修订年份与其沿革不符',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      if (!text.includes('《')) return;
      const data = loadLawCitations();
      const lastYear = Number(data.snapshot.slice(0, 4)) - 1;
      const judge = (title: string, start: number, end: number, year: number, month: string | undefined, day: string | undefined, named: string) => {
        const law = data.history(title.replace(/[〈<]/g, '《').replace(/[〉>]/g, '》'));
        if (!law || !law.complete || year > lastYear) return;
        // After the version the source holds, the law may have changed before the snapshot in a file the source did not
        // update: the history speaks only of the years it spans.
        if (year > Number(law.events.at(-1)!.date.slice(0, 4))) return;
        const ofYear = law.events.filter((e) => Number(e.date.slice(0, 4)) === year);
        const history = historyOf(law);
        const fix = (e: LawEvent) => (month ? `${chineseDay(e.date)}${e.kind}` : `${e.date.slice(0, 4)}年${e.kind}`);
        if (ofYear.some((e) => e.kind === '决定')) return;
        const sameKind = ofYear.filter((e) => e.kind === named);
        if (sameKind.length > 0) {
          // The day written in full: it should be the day of the change (not the day it took effect).
          // Laws only: a regulation's change is adopted on one day and published on another, and sources name either.
          if (!month || !day || law.kind !== '法律' || sameKind.some((e) => e.date === `${year}-${pad(month)}-${pad(day)}`)) return;
          report({ start, end, messageId: 'day', severity: 'warning', data: { title: law.title, written: `${year}年${Number(month)}月${Number(day)}日`, days: sameKind.map((e) => chineseDay(e.date)).join('、'), named }, suggestions: sameKind.length === 1 ? [fix(sameKind[0]!)] : [] });
          return;
        }
        const other = ofYear.find((e) => AMENDMENTS.has(e.kind));
        if (other) {
          if (law.kind !== '法律') return;
          report({ start, end, messageId: 'kind', severity: 'warning', data: { title: law.title, year: String(year), actual: other.kind, named, history }, suggestions: [fix(other)] });
          return;
        }
        const ofKind = law.events.filter((e) => e.kind === named);
        const hint = ofKind.length === 1 ? `，${named}是在${ofKind[0]!.date.slice(0, 4)}年` : '';
        const suggestions = ofKind.length === 1 ? [fix(ofKind[0]!)] : [];
        if (ofYear.length > 0) {
          if (law.kind !== '法律') return;
          report({ start, end, messageId: 'adopted', severity: 'warning', data: { title: law.title, year: String(year), actual: ofYear[0]!.kind, named, history, hint }, suggestions });
          return;
        }
        // A day written in full that the history lists under no kind: nothing to say of the year.
        if (month && day && law.events.some((e) => e.date === `${year}-${pad(month)}-${pad(day)}`)) return;
        // A regulation's history in the source is less often whole, and a local rule may share its short title: a warning.
        report({ start, end, messageId: 'year', severity: law.kind === '法律' ? 'error' : 'warning', data: { title: law.title, year: String(year), history, hint }, suggestions });
      };
      for (const m of text.matchAll(AFTER_TITLE)) {
        const start = m.index + m[0].indexOf(m[2]!, m[1]!.length + 2);
        judge(m[1]!, start, start + m[2]!.length, Number(m[3]), m[4], m[5], m[6]!);
      }
      for (const m of text.matchAll(BEFORE_TITLE)) {
        judge(m[6]!, m.index, m.index + m[1]!.length, Number(m[2]), m[3], m[4], m[5]!);
      }
    },
  };
}

function pad(n: string): string {
  return n.length === 1 ? `0${n}` : n;
}

/** 2021-01-22 → 2021年1月22日. */
function chineseDay(iso: string): string {
  return `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

/** 1996年通过，2009年、2017年修正，2021年修订: the years of each kind, in order of their first. */
function historyOf(law: LawHistory): string {
  const parts: { kind: string; years: string[] }[] = [];
  for (const e of law.events) {
    const kind = e.kind === '决定' ? '修改' : e.kind;
    const year = `${e.date.slice(0, 4)}年`;
    const last = parts.at(-1);
    if (last && last.kind === kind) {
      if (!last.years.includes(year)) last.years.push(year);
    } else parts.push({ kind, years: [year] });
  }
  return parts.map((p) => `${p.years.join('、')}${p.kind}`).join('，');
}
