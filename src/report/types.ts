import type { Issue } from '../types.js';

/** The issues of one checked file (or of standard input, named `<stdin>`). */
export interface FileResult {
  file: string;
  /** The text that was checked, for showing context. */
  source: string;
  issues: Issue[];
  /** Why the file, or part of it, was not checked; such a file is never reported as clean. */
  unchecked?: string;
}
