// Loaded with `node --import` before the CLI: makes fs.writeSync to regular files fail
// or crawl, so tests can fill the disk or kill the process in the middle of a write.
//   GONGWEN_FAULT=enospc  the first write to a file writes half its bytes, then ENOSPC
//   GONGWEN_FAULT=slow    writes go in 64 KB pieces, 15 ms apart; "WRITING" on stderr first
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const mode = process.env.GONGWEN_FAULT;
const writeSync = fs.writeSync;
const pause = new Int32Array(new SharedArrayBuffer(4));
let announced = false;

fs.writeSync = function (fd, buffer, offset, length, position) {
  if (typeof fd !== 'number' || !ArrayBuffer.isView(buffer) || !fs.fstatSync(fd).isFile()) return writeSync.apply(this, arguments);
  const from = offset ?? 0;
  const size = length ?? buffer.byteLength - from;
  if (mode === 'enospc') {
    writeSync.call(this, fd, buffer, from, Math.floor(size / 2), position);
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
  }
  if (mode === 'slow') {
    if (!announced) {
      announced = true;
      process.stderr.write('WRITING\n');
    }
    Atomics.wait(pause, 0, 0, 15);
    return writeSync.call(this, fd, buffer, from, Math.min(size, 64 * 1024), position);
  }
  return writeSync.apply(this, arguments);
};
syncBuiltinESMExports();
