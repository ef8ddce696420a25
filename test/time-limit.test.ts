import { describe, expect, it, vi } from 'vitest';

// The time limit, made 0 ms here: every document runs out of time at the first check (60 s in real use).
vi.mock('../src/limits.js', async (original) => ({ ...(await original<typeof import('../src/limits.js')>()), MAX_MILLISECONDS: -1 }));

const { InputError, proofread } = await import('../src/index.js');

describe('the time limit of one document', () => {
  it('stops checking with an InputError that says so, instead of running on', () => {
    expect(() => proofread('截止目前，针炙科已完成。')).toThrow(InputError);
    expect(() => proofread('截止目前，针炙科已完成。')).toThrow(/^检查超过 .+ 秒的时限，未完成$/);
  });
});
