import type { Issue } from '../types.js';
import { familyLabel, familyRank } from './families.js';

export interface FamilyCount {
  category: string;
  label: string;
  /** Findings (a grouped finding counts once). */
  findings: number;
  /** Places (a grouped finding counts each of its places). */
  places: number;
}

/** Findings and places per family, in report order. */
export function countFamilies(issues: readonly Issue[], into: Map<string, FamilyCount> = new Map()): Map<string, FamilyCount> {
  for (const issue of issues) {
    const count = into.get(issue.category) ?? { category: issue.category, label: familyLabel(issue.category), findings: 0, places: 0 };
    count.findings++;
    count.places += issue.related && issue.related.length > 0 ? issue.related.length : 1;
    into.set(issue.category, count);
  }
  return new Map([...into].sort(([a], [b]) => familyRank(a) - familyRank(b)));
}

/** One line, e.g. `政治表述 2 · 错别字 3 · 标点 1（共 122 处）`: findings per family, and the places where a family's findings are grouped. */
export function formatFamilySummary(counts: Map<string, FamilyCount>): string {
  return [...counts.values()].map((c) => `${c.label} ${c.findings}${c.places > c.findings ? `（共 ${c.places} 处）` : ''}`).join(' · ');
}
