// Where a bench works: the repository root, a temp dir for its bundles (removed afterwards), and
// loading a bundle's code into Node, as every bench that measures the library's own code does.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository's root directory. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** A fresh temp dir for one bench run, e.g. /tmp/screenpop-boundary-bench-XXXXXX. */
export const tempDir = (name) => mkdtempSync(join(tmpdir(), `screenpop-${name}-bench-`));

/** Removes a temp dir and what is in it. */
export const removeDir = (dir) => rmSync(dir, { recursive: true, force: true });

/** Imports bundled ES module code (esbuild's output, not written to disk) into Node, through a temp file. */
export async function importCode(code, name) {
  const dir = tempDir(name);
  try {
    const file = join(dir, `${name}.mjs`);
    writeFileSync(file, code);
    return await import(pathToFileURL(file).href);
  } finally {
    removeDir(dir);
  }
}
