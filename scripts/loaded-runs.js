// Proves the suite does not depend on an idle machine: keeps every core busy with a CPU burner (one
// busy-looping worker thread per core) and runs `npm test` several times in a row (3 by default).
//   node scripts/loaded-runs.js [runs]
// Prints each run's closing `N passed, N failed` line and, for a failed run, each failed test with the
// first lines of its error; keeps each run's whole output in node_modules/.cache/screenpop/loaded-run-N.log.
// Exits 1 if any run failed.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const runs = Number(process.argv[2] ?? 3);
const cores = availableParallelism();
const burn = 'let x = 0; for (;;) x = (x * 1103515245 + 12345) % 2147483648;';
const burners = Array.from({ length: cores }, () => new Worker(burn, { eval: true }));
console.log(`CPU burner: ${burners.length} busy threads on ${cores} cores`);

const LOGS = 'node_modules/.cache/screenpop';

/** Each failed test of a run's output (the runner marks them ❌) with the next lines of its error. */
function failures(output) {
  const lines = output.split('\n');
  return lines.flatMap((text, i) => (text.includes('❌') ? [...lines.slice(i, i + 7), ''] : [])).join('\n');
}

function runOnce(index) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['test'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let all = '';
    const keep = (chunk) => (all += chunk.toString());
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => {
      const summary = [...all.matchAll(/^(\d+) passed, (\d+) failed\s*$/gm)].at(-1);
      const line = summary ? summary[0].trim() : '(no summary line)';
      mkdirSync(LOGS, { recursive: true });
      writeFileSync(`${LOGS}/loaded-run-${index}.log`, all);
      console.log(`run ${index}: ${line} in ${Math.round((Date.now() - started) / 1000)} s (exit ${code}); output in ${LOGS}/loaded-run-${index}.log`);
      if (code !== 0) console.log(failures(all) || all.slice(-4000));
      resolve(code === 0);
    });
  });
}

let ok = true;
for (let i = 1; i <= runs; i += 1) ok = (await runOnce(i)) && ok;
await Promise.all(burners.map((worker) => worker.terminate()));
console.log(ok ? `all ${runs} loaded runs passed` : 'a loaded run failed');
process.exit(ok ? 0 : 1);
