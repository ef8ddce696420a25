import type { Severity } from '../types.js';

/** Severities as reports name them. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
