import { loadArtefact } from '../../compiled/artefact.js';
import type { CharLikeness, Rule } from '../rule.js';
import { createAdminNameRule } from './admin-name.js';
import { createBannedExpressionRule } from './banned-expression.js';
import { loadPoliticalData } from './data.js';
import { createEnumerationRule } from './enumeration.js';
import { buildLeaderIndex } from './leader-index.js';
import { createLeaderNameRule } from './leader-name.js';
import { createLeaderTitleRule } from './leader-title.js';
import { createNearMissRule, NEAR_MISS_INDEX } from './near-miss.js';
import { POLITICAL_PACK_MATCHER, PoliticalPackEntries } from './pack-entries.js';
import { createProposalKindRule } from './proposal-kind.js';
import { createQuotedTermRule } from './quoted-term.js';
import { createStandingCommitteeOrderRule } from './standing-committee-order.js';
import { createWrongFormulationRule } from './wrong-formulation.js';

/**
 * Political formulations, leaders' names and titles, banned and standardized expressions.
 * `likeness`: the spelling family's character likeness (wired by the registry), near-miss's and leader-name's evidence of a slip.
 */
export function createPoliticalRules({ likeness }: { likeness: CharLikeness }): Rule[] {
  const data = loadPoliticalData();
  const entries = new PoliticalPackEntries(loadArtefact(POLITICAL_PACK_MATCHER));
  const leaders = buildLeaderIndex(data.leaders);
  return [
    createWrongFormulationRule(entries),
    createNearMissRule(data.formulations, loadArtefact(NEAR_MISS_INDEX), likeness),
    createQuotedTermRule(data.formulations, data.enumerations, likeness),
    createEnumerationRule(data.enumerations),
    createLeaderNameRule(leaders, likeness),
    createLeaderTitleRule(leaders),
    createStandingCommitteeOrderRule(leaders),
    createBannedExpressionRule(entries, data.regionAsCountry),
    createAdminNameRule(entries),
    createProposalKindRule(),
  ];
}
