// `npm run example:iframe`: the iframe example on two origins. The host page (a stand-in CRM) on
// http://127.0.0.1:5173/iframe-host/ embeds the widget page from http://127.0.0.1:5174 and exposes
// its adapter to that frame only.
import { createServer } from 'vite';

const host = await createServer({ server: { port: 5173, strictPort: true } });
const widget = await createServer({ server: { port: 5174, strictPort: true } });
await Promise.all([host.listen(), widget.listen()]);
console.log('Host page (CRM):   http://127.0.0.1:5173/iframe-host/');
console.log('Widget (Screenpop): served from http://127.0.0.1:5174/iframe-host/widget.html');
