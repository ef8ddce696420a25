// The Node.js entry: the core, with the Node back end (fs, require) and the batch API.
import './platform/node.js';
export { proofread, createProofreader, Proofreader, ConfigError, InputError } from './proofreader.js';
export type { ProofreaderOptions, ProofreadOptions, PackInput, InputFormat } from './proofreader.js';
export { applyFixes } from './fix/apply-fixes.js';
export { proofreadMany } from './batch/proofread-many.js';
export type { BatchDocument, BatchResult, BatchOptions } from './batch/proofread-many.js';
export { WorkerJobError } from './batch/ordered-pool.js';
export { DataError } from './platform/platform.js';
export { PackError, formatProblem } from './packs/pack-error.js';
export type { PackProblem } from './packs/pack-error.js';
export { parsePackText, validatePack } from './packs/parse-pack.js';
export type { RulePackInput } from './packs/parse-pack.js';
export type { RulePack, PackEntry, PackExamples, Boundary } from './packs/types.js';
export { verifyPack } from './packs/verify-pack.js';
export type { Rule, Finding, Report } from './rules/rule.js';
export type { Segmenter } from './segment/segmenter.js';
export { DictionarySegmenter } from './segment/dictionary-segmenter.js';
export type { Issue, ProofreadResult, Severity, RuleLevel } from './types.js';
