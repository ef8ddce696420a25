import { loadArtefact, type Artefact } from '../compiled/artefact.js';
import type { PackMatcher } from '../packs/pack-matcher.js';
import { createDateRules } from './date/index.js';
import { createFormatRules } from './format/index.js';
import { createGrammarRules } from './grammar/index.js';
import { createHygieneRules } from './hygiene/index.js';
import { CHAR_SOUNDS } from './lexicon/char-sounds.js';
import { FIXED_EXPRESSIONS, isShortPlaceName, loadFixedExpressions } from './lexicon/fixed-expressions.js';
import { createFixedExpressionRule } from './lexicon/fixed-expression.js';
import { createPlaceChildRule } from './lexicon/place-child.js';
import { PLACE_CHILDREN } from './lexicon/place-children.js';
import { PLACE_COUNTIES } from './lexicon/place-counties.js';
import { createPlaceStemRule } from './lexicon/place-stem.js';
import { PLACE_STEMS } from './lexicon/place-stems.js';
import { LAW_CITATIONS } from './lexicon/law-citations.js';
import { createLawVersionRule } from './lexicon/law-version.js';
import { createRenamedInstitutionRule } from './lexicon/renamed-institution.js';
import { createRepealedLawRule } from './lexicon/repealed-law.js';
import { createReportInRule } from './lexicon/report-in.js';
import { createRouteViaRule } from './lexicon/route-via.js';
import { createSessionOrdinalRule } from './lexicon/session-ordinal.js';
import { createTermOrdinalRule } from './lexicon/term-ordinal.js';
import { createTransitionFrameRule } from './lexicon/transition-frame.js';
import { createNumberRules } from './number/index.js';
import { loadPoliticalData, POLITICAL_DATA } from './political/data.js';
import { createPoliticalRules } from './political/index.js';
import { NEAR_MISS_INDEX } from './political/near-miss.js';
import { POLITICAL_PACK_MATCHER } from './political/pack-entries.js';
import { createPrivacyRules } from './privacy/index.js';
import { createPunctuationRules } from './punctuation/index.js';
import { createRepeatedWordRule } from './repetition/repeated-word.js';
import { createDoubledInWordRule } from './repetition/doubled-in-word.js';
import type { Rule } from './rule.js';
import { loadNonStandardChars, NON_STANDARD_CHARS } from './script/lexicon.js';
import { createScriptRules } from './script/index.js';
import { confusionLikeness } from './spelling/confusions.js';
import { SPELLING_MODEL } from './spelling/model.js';
import { createStatisticalTypoRule } from './spelling/statistical-typo.js';
import { CONFUSABLE_WORDS, createConfusableWordRule } from './spelling/confusable-word.js';

export { createPackRules } from './lexicon/pack-rules.js';

/** What the rule families compile into dist/ (listed in src/compiled/artefacts.ts): the registry is the one door into a family. */
export const RULE_ARTEFACTS: readonly Artefact<unknown, unknown>[] = [POLITICAL_DATA, POLITICAL_PACK_MATCHER, NEAR_MISS_INDEX, FIXED_EXPRESSIONS, CHAR_SOUNDS, PLACE_CHILDREN, PLACE_COUNTIES, PLACE_STEMS, NON_STANDARD_CHARS, SPELLING_MODEL, CONFUSABLE_WORDS, LAW_CITATIONS];

/** The characters the spelling family's confusion sets hold for `c` (低: 仰, 伯, 佛, 底…). */
function confusedChars(c: string): string[] {
  const model = loadArtefact(SPELLING_MODEL);
  const found: string[] = [];
  for (let e = model.confusionFirst(c, 0); e < model.confusionEnd(c, 0); e++) found.push(String.fromCharCode(model.confusedChar(e)));
  return found;
}

/**
 * Every rule family written in code, in report order (pack rules come first, from the
 * loaded packs). Each family folder loads its own data from dictionaries/. The packs'
 * matcher tells the script and spelling rules what the packs already correct; the
 * registry wires what one family needs of another (character likeness, political terms).
 */
export function createBuiltinRules(packMatcher: PackMatcher): Rule[] {
  // The spelling family's character likeness, for the rules that weigh a slip.
  const likeness = confusionLikeness();
  // The script family's traditional and variant characters (義, 於), which no same-sound test should take for a slip.
  const isNonStandard = (c: string) => loadNonStandardChars().get(c.codePointAt(0)!) !== undefined;
  return [
    ...createScriptRules(packMatcher),
    // The lexicons' canonical forms, which a spelling guess must not break (吴江区, 倚强凌弱).
    createStatisticalTypoRule(packMatcher, () => loadFixedExpressions().index, isShortPlaceName),
    // One word of a confusable pair where the context model prefers the other (权力/权利, 反映/反应).
    createConfusableWordRule(packMatcher),
    createRepeatedWordRule(),
    createDoubledInWordRule(),
    ...createPoliticalRules({ likeness }),
    createFixedExpressionRule({ likeness, isNonStandard, politicalTerms: () => loadPoliticalData().formulations.terms.map((t) => t.term) }),
    createPlaceChildRule({ likeness, isNonStandard }),
    // A township's or county's name written bare with a slip (集仕港 for 集士港, of 集士港镇).
    createPlaceStemRule({ likeness, isNonStandard, isRealWord: (text, start, length) => loadArtefact(SPELLING_MODEL).isRealWord(text, start, length), confusedChars }),
    // Usage slips a literal pack cannot list: 途径 before any place (途径郑州), 美国第N届总统 for 第N任,
    // 报道 for 报到 in a notice telling someone to go somewhere (请于9月1日前到人事处报道), 从A向B过度 for 过渡.
    createRouteViaRule(isShortPlaceName),
    createTermOrdinalRule(),
    createReportInRule(),
    createTransitionFrameRule(),
    // 届 and 次 swapped in congresses and plenums (二十次三中全会, 第十四次全国人民代表大会).
    createSessionOrdinalRule(),
    // Bodies abolished or renamed in an institutional reform, written as if they still existed (市环保局).
    createRenamedInstitutionRule(isShortPlaceName),
    // A law cited with a version its history does not have (《行政处罚法》（2017年修订）), or after it was repealed (《合同法》).
    createLawVersionRule(),
    createRepealedLawRule(),
    ...createDateRules(),
    ...createNumberRules(),
    ...createFormatRules(),
    // Place names beside a single dash make it the 一字线 of a span (伊犁—吐鲁番).
    ...createPunctuationRules({ isPlaceName: isShortPlaceName }),
    ...createPrivacyRules(),
    ...createHygieneRules(),
    ...createGrammarRules(),
  ];
}
