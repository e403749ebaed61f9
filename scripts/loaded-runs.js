// Proves the suite does not depend on an idle machine: keeps every core busy with a CPU burner (one
// busy-looping worker thread per core) and runs `npm test` several times in a row (3 by default).
//   node scripts/loaded-runs.js [runs]
// Prints each run's closing `N passed, N failed` line and exits 1 if any run failed.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const runs = Number(process.argv[2] ?? 3);
const cores = availableParallelism();
const burn = 'let x = 0; for (;;) x = (x * 1103515245 + 12345) % 2147483648;';
const burners = Array.from({ length: cores }, () => new Worker(burn, { eval: true }));
console.log(`CPU burner: ${burners.length} busy threads on ${cores} cores`);

function runOnce(index) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['test'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk) => (tail = (tail + chunk.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => {
      const summary = tail.match(/(\d+) passed, (\d+) failed\s*$/m);
      const line = summary ? summary[0].trim() : '(no summary line)';
      console.log(`run ${index}: ${line} in ${Math.round((Date.now() - started) / 1000)} s (exit ${code})`);
      if (code !== 0) console.log(tail);
      resolve(code === 0);
    });
  });
}

let ok = true;
for (let i = 1; i <= runs; i += 1) ok = (await runOnce(i)) && ok;
await Promise.all(burners.map((worker) => worker.terminate()));
console.log(ok ? `all ${runs} loaded runs passed` : 'a loaded run failed');
process.exit(ok ? 0 : 1);
