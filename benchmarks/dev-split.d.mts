/** Types of dev-split.mjs, for the TypeScript scripts that use it. */
export declare const DEV_FILE: string;
export declare function splitOf(target: string): 'tune' | 'test';
export declare function readDevSet(file?: string): { source: string; target: string; split: 'tune' | 'test' }[];
