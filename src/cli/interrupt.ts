import { constants } from 'node:os';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export interface Interrupt {
  /** True once a signal came: finish the file being written, start no other. */
  stopped: () => boolean;
  signal: () => NodeJS.Signals | undefined;
  /** 128 + the signal's number, as a shell reports a process killed by it. */
  exitCode: () => number;
  /** Restores the default handling. */
  release: () => void;
  /** Gives a signal that arrived during synchronous work the moment it needs to be delivered. */
  settle: () => Promise<void>;
}

/** Node delivers a signal caught during synchronous work only after a few turns of the event loop. */
const SETTLE_MS = 30;

/**
 * While `--fix` runs, SIGINT, SIGTERM and SIGHUP no longer kill the process in the
 * middle of a write (which would leave a temporary file beside the document): they are
 * noted, and the run stops after the file at hand. A second signal kills at once.
 */
export function onInterrupt(): Interrupt {
  let received: NodeJS.Signals | undefined;
  const handler = (signal: NodeJS.Signals) => {
    if (received) {
      release();
      process.kill(process.pid, signal);
      return;
    }
    received = signal;
  };
  const release = () => {
    for (const s of SIGNALS) process.off(s, handler);
  };
  for (const s of SIGNALS) process.on(s, handler);
  return {
    stopped: () => received !== undefined,
    signal: () => received,
    exitCode: () => 128 + (received ? constants.signals[received] : 0),
    release,
    settle: () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS)),
  };
}
