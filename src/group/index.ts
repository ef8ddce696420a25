export { groupIssues } from './group-issues.js';
export type { GroupOptions } from './group-issues.js';
export { expandGroups } from './expand-groups.js';
