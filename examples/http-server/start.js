// `npm run start:http [-- --port 8787 --desktop-port 5173 --live 6 --token secret]`: builds and starts
// the reference server, then the demo desktop (vite, root examples/) on the HTTP adapter talking to it.
// Prints both addresses; Ctrl-C stops both. 0 as a port picks a free one.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { buildReferenceServer } from './build.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};

const { server: serverModule } = buildReferenceServer({ quiet: true });
const { startReferenceServer } = await import(serverModule);
const token = option('token', undefined);
const api = await startReferenceServer({ port: Number(option('port', 8787)), liveRate: Number(option('live', 6)), ...(token ? { token } : {}) });

const vite = await createServer({
  configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
  server: { port: Number(option('desktop-port', 5173)), strictPort: false, cors: true },
  logLevel: 'warn',
});
await vite.listen();
const desktop = new URL(vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/');
desktop.searchParams.set('adapter', 'http');
desktop.searchParams.set('api', api.baseUrl);
console.log(`API:     ${api.baseUrl}  (contract: openapi.yaml; demo controls and faults under ${api.origin}/demo/)`);
console.log(`Desktop: ${desktop.href}`);

const stop = async () => {
  await Promise.all([vite.close(), api.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
