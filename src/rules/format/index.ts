import type { Rule } from '../rule.js';
import { createAttachmentListRule } from './attachment-list.js';
import { createDocNumberRule } from './doc-number.js';
import { createHeadingLevelRule } from './heading-level.js';
import { createHeadingMarkerRule } from './heading-marker.js';
import { createHeadingSequenceRule } from './heading-sequence.js';
import { loadFormatLexicon, type FormatLexicon } from './lexicon.js';
import { createSignatureDateRule } from './signature-date.js';

/** 公文 format (GB/T 9704): 发文字号, 成文日期, heading numbering, 附件说明. */
export function createFormatRules(lexicon: FormatLexicon = loadFormatLexicon()): Rule[] {
  return [
    createDocNumberRule(),
    createSignatureDateRule(lexicon),
    createHeadingSequenceRule(),
    createHeadingLevelRule(),
    createHeadingMarkerRule(),
    createAttachmentListRule(),
  ];
}
