/**
 * `node <build>/examples/http-server/main.js [--port 8787] [--token secret] [--live 6] [--long 10000]`:
 * the reference server on the command line (`npm run start:http` builds and runs it with the desktop).
 */
import { startReferenceServer } from './server.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const number = (name: string, fallback: number) => {
  const value = option(name);
  return value === undefined ? fallback : Number(value);
};

const token = option('token');
const server = await startReferenceServer({
  port: number('port', 8787),
  liveRate: number('live', 0),
  longConversation: number('long', 0),
  ...(token ? { token } : {}),
});
console.log(`Screenpop reference server: ${server.baseUrl} (contract: openapi.yaml; demo controls under ${server.origin}/demo/)`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
