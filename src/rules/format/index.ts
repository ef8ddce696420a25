import type { Rule } from '../rule.js';

/** 公文 format (GB/T 9704): 发文字号, 成文日期, heading numbering, 附件说明. */
export function createFormatRules(): Rule[] {
  return [];
}
