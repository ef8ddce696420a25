/** A one-line progress bar on a terminal's stderr; silent elsewhere (pipes, CI logs). */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): { tick(): void; done(): void } {
  if (!stream.isTTY || total < 10) return { tick() {}, done() {} };
  let count = 0;
  const width = 24;
  const draw = () => {
    const filled = Math.round((count / total) * width);
    stream.write(`\r检查中 [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${count}/${total}`);
  };
  draw();
  return {
    tick() {
      count++;
      if (count === total || count % Math.max(1, Math.floor(total / 100)) === 0) draw();
    },
    done() {
      stream.write(`\r${' '.repeat(width + 30)}\r`);
    },
  };
}
