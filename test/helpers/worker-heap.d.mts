/** Until the returned function is called, workers get at most `mb` MB of old-generation heap. */
export function capWorkerHeap(mb: number): () => void;
