import { readWordList } from '../../dictionaries.js';
import { clauseAround, isClauseEnd, isPhraseSeparator } from '../../text/sentences.js';
import type { Rule } from '../rule.js';

const MESSAGES = {
  otherBodysWord: '{{member}}提出的是{{own}}，“{{word}}”是{{otherMember}}提出的。（依据：{{source}}）',
};

/** Each kind of deputy, what they submit, and the other body's word (dictionaries/political/proposal-kinds.txt). */
interface ProposalKind {
  member: string;
  /** The body's short name (人大, 政协): named in the clause, it makes a joint phrase. */
  body: string;
  own: string[];
  otherWord: string;
}

const SOURCE = '《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》；《中国人民政治协商会议全国委员会提案工作条例》';
/** The longest stretch from the member to the word that is still one phrase (人大代表在会上提交的提案). */
const REACH = 12;

/**
 * 人大代表 submit 议案 and 建议, 政协委员 submit 提案: 人大代表提交提案 → 议案, 政协委员
 * 提交议案 → 提案. Only within a phrase that names one kind of deputy alone (人大代表建议和
 * 政协委员提案 names both and is right).
 */
export function createProposalKindRule(): Rule {
  const kinds: ProposalKind[] = readWordList('political/proposal-kinds.txt').map((line) => {
    const [member, body, own, otherWord] = line.split('\t');
    return { member: member!, body: body!, own: own!.split('、'), otherWord: otherWord! };
  });
  return {
    id: 'political/proposal-kind',
    category: 'political',
    severity: 'warning',
    description: '人大代表的议案、建议与政协委员的提案混用',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const kind of kinds) {
        const other = kinds.find((k) => k !== kind);
        for (let at = text.indexOf(kind.member); at !== -1; at = text.indexOf(kind.member, at + kind.member.length)) {
          let end = at + kind.member.length;
          while (end < text.length && end - at < kind.member.length + REACH && !endsPhrase(text.charCodeAt(end))) end++;
          const phrase = text.slice(at, end);
          const found = phrase.indexOf(kind.otherWord, kind.member.length);
          if (found === -1) continue;
          // The other body named in the same clause: a joint phrase (人大代表和政协委员的议案、提案).
          if (other && clauseOf(text, at).includes(other.body)) continue;
          const start = at + found;
          report({
            start, end: start + kind.otherWord.length, messageId: 'otherBodysWord',
            data: { member: kind.member, own: kind.own.map((w) => `“${w}”`).join('或'), word: kind.otherWord, otherMember: other?.member ?? '', source: SOURCE },
            suggestions: kind.own,
          });
        }
      }
    },
  };
}

/** The clause around `at`, however long. */
function clauseOf(text: string, at: number): string {
  const { start, end } = clauseAround(text, at, at, Infinity);
  return text.slice(start, end);
}

/** A clause end, a semicolon, ， or 、: where a phrase naming the deputy stops. */
function endsPhrase(unit: number): boolean {
  return isClauseEnd(unit) || isPhraseSeparator(unit);
}
