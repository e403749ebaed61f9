// Builds the reference server for Node: `tsc` (the project's own compiler, no other tool) compiles
// examples/http-server and the demo engine it imports from src/ into node_modules/.cache. Every
// import in src/ already ends in ".js", so the output runs in Node as it is. Node 20 cannot run
// TypeScript itself, and a bundler would hide the server's files from the back-end teams reading them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const OUT_DIR = `${root}node_modules/.cache/screenpop/http-server`;

/** Compiles the server; returns the path of its compiled entry modules. */
export function buildReferenceServer({ quiet = false } = {}) {
  const tsc = `${root}node_modules/.bin/tsc${process.platform === 'win32' ? '.cmd' : ''}`;
  const result = spawnSync(tsc, ['-p', `${root}examples/http-server/tsconfig.json`, '--outDir', OUT_DIR], { stdio: quiet ? 'pipe' : 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`Building the reference server failed:\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  mkdirSync(OUT_DIR, { recursive: true });
  // Files under node_modules are CommonJS unless a package.json says otherwise.
  writeFileSync(`${OUT_DIR}/package.json`, '{ "type": "module" }\n');
  return { main: `${OUT_DIR}/examples/http-server/main.js`, server: `${OUT_DIR}/examples/http-server/server.js` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildReferenceServer();
