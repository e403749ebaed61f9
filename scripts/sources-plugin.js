// A web-test-runner plugin that serves the library's TypeScript sources as they are on disk, as
// JSON: `GET /__sources__.json` → { "src/…/x.ts": "…text…" }. Tests that read the code itself
// (which events each element dispatches) fetch it; the dev server would otherwise transform .ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.name.endsWith('.ts')) out[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
  }
  return out;
}

export function sourcesPlugin() {
  return {
    name: 'screenpop-sources',
    serve(context) {
      if (context.path !== '/__sources__.json') return undefined;
      return { body: JSON.stringify(walk(join(root, 'src'), {})), type: 'json' };
    },
  };
}
