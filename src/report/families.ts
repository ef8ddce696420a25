/**
 * Rule families (`issue.category`) as an editor names them, in the order reports list
 * them: what must never be published wrong first (political formulations, personal
 * data), then plain mistakes, then conventions. A category of a user's pack that is
 * not listed keeps its own name and comes last.
 */
export const FAMILIES: readonly { category: string; label: string }[] = [
  { category: 'political', label: '政治表述' },
  { category: 'privacy', label: '隐私信息' },
  { category: 'typo', label: '错别字' },
  { category: 'institution', label: '机构名称' },
  { category: 'law', label: '引用法规' },
  { category: 'style', label: '规范用语' },
  { category: 'grammar', label: '语法' },
  { category: 'repetition', label: '词语重复' },
  { category: 'date', label: '日期' },
  { category: 'number', label: '数字' },
  { category: 'format', label: '公文格式' },
  { category: 'script', label: '繁体异体' },
  { category: 'hygiene', label: '字符与空格' },
  { category: 'punctuation', label: '标点' },
  { category: 'directive', label: '指令注释' },
];

const RANK = new Map(FAMILIES.map((f, i) => [f.category, i]));
const LABEL = new Map(FAMILIES.map((f) => [f.category, f.label]));

export function familyLabel(category: string): string {
  return LABEL.get(category) ?? category;
}

/** Position of a family in reports (unlisted families after the listed ones). */
export function familyRank(category: string): number {
  return RANK.get(category) ?? FAMILIES.length;
}
