/** Types of clean-corpus.mjs, for the TypeScript scripts that use it. */
export declare function readCleanText(file: string): { header: string[]; texts: { name: string; text: string }[] };
