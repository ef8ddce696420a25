/** Types of real-errors-split.mjs, for the tests that use it. */
export declare const ERRORS_TSV: string;
export declare function fnv1a32(text: string): number;
export declare function splitOf(right: string): 'tune' | 'test';
export declare function splitMismatches(tsv: string): { line: number; split: string; expected: 'tune' | 'test'; right: string }[];
