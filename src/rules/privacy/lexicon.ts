import { readWordList } from '../../dictionaries.js';

/** Context words for the privacy rules, from dictionaries/privacy/*.txt. */
export interface PrivacyLexicon {
  bankCardLabels: string[];
  idLabels: string[];
  creditCodeLabels: string[];
  /** A number directly followed by one of these is a quantity, not a phone number. */
  quantityUnits: string[];
  /** Labels of official contact lines (举报电话, 服务热线): a number after one is published on purpose. */
  contactLineLabels: string[];
  /** Words that make a labelled number a person's after all (联系人, 姓名). */
  personalLabels: string[];
  /** The allocated 3-digit 网号 of mainland mobile numbers (130, 145, …), with their source and date in the file. */
  mobilePrefixes: string[];
  /** The first two digits of real 地址码 (11 北京 … 83). */
  provinceCodes: ReadonlySet<number>;
}

/** How far before a number a label may stand, in UTF-16 units, on the same line. */
const LABEL_WINDOW = 20;

/** True when one of `labels` occurs in the `LABEL_WINDOW` characters before `start`, without crossing a line break. */
export function labelledBefore(text: string, start: number, labels: readonly string[], window = LABEL_WINDOW): boolean {
  let from = Math.max(0, start - window);
  const lineBreak = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1));
  if (lineBreak >= from) from = lineBreak + 1;
  const before = text.slice(from, start);
  return labels.some((l) => before.includes(l));
}

export function loadPrivacyLexicon(): PrivacyLexicon {
  return {
    bankCardLabels: readWordList('privacy/bank-card-labels.txt'),
    idLabels: readWordList('privacy/id-labels.txt'),
    creditCodeLabels: readWordList('privacy/credit-code-labels.txt'),
    quantityUnits: readWordList('privacy/quantity-units.txt'),
    contactLineLabels: readWordList('privacy/contact-line-labels.txt'),
    personalLabels: readWordList('privacy/personal-labels.txt'),
    mobilePrefixes: readWordList('privacy/mobile-prefixes.txt'),
    provinceCodes: new Set(readWordList('privacy/province-codes.txt').map((line) => Number(line.split('\t')[0]))),
  };
}
