import type { ContextSettings } from './context-corrector.js';

/**
 * The context detector's bars, in nats of sentence probability. Tuned on the tune half
 * of the ECSpell development set only (benchmarks/tune-spelling.ts), then checked on its
 * test half and gated on clean text never trained on (benchmarks/clean-gate.mjs): at
 * most 5 spelling warnings and 0.5 errors per 100,000 characters. A tuning script may
 * change the fields of this object in its own process; the library never does.
 */
export const CONTEXT_SETTINGS: ContextSettings = {
  suspect: -7,
  ownGain: 0,
  gain: { 'same-pinyin': 9, 'similar-sound': 13, 'similar-shape': 13 },
  maxCorrections: 4,
  unigramSuspect: -5,
  veto: 6,
  realWord: 11,
  sure: 14,
};
