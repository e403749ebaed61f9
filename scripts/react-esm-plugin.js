// React ships CommonJS only; the browser tests import it as ES modules. This web-test-runner plugin
// bundles react, react-dom and react-dom/client once with esbuild (development build) into one module,
// so every import shares one React, and serves `react`, `react-dom` and `react-dom/client` as ES
// modules that re-export it: the default export and every named one.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const PREFIX = '/__react-esm__/';
const MODULES = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient' };
const identifier = (key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default';
/** A module's export names, read in a Node of its own (React's development build patches the console it loads in). */
const exportNames = (module) =>
  JSON.parse(execFileSync(process.execPath, ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(module)}))))`], { cwd: process.cwd(), encoding: 'utf8' }));

export function reactEsmPlugin() {
  let bundle;
  const bundled = () =>
    (bundle ??= build({
      stdin: {
        contents: Object.entries(MODULES).map(([module, name]) => `import ${name} from '${module}';`).join('\n') + `\nexport { ${Object.values(MODULES).join(', ')} };`,
        resolveDir: process.cwd(),
      },
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"development"' },
    }).then((result) => result.outputFiles[0].text));
  const file = (module) => `${PREFIX}${module.replace('/', '-')}.js`;
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      return Object.hasOwn(MODULES, source) ? file(source) : undefined;
    },
    async serve(context) {
      if (context.path === `${PREFIX}bundle.js`) return { body: await bundled(), type: 'js' };
      for (const [module, name] of Object.entries(MODULES)) {
        if (context.path !== file(module)) continue;
        const keys = exportNames(module).filter(identifier);
        return { body: `import { ${name} } from './bundle.js';\nexport default ${name};\nexport const { ${keys.join(', ')} } = ${name};\n`, type: 'js' };
      }
      return undefined;
    },
  };
}
