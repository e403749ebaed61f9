// Keeps the README's React example true: its ```tsx block (under "In React: `screenpop/react`") is
// type-checked as an integrator's file, strict, with React 19's JSX, against the built package's types
// (run `npm run build` first).
//   node examples/frameworks/check-react.js   (CI)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('### In React: `screenpop/react`'));
const code = section.match(/```tsx\n([\s\S]*?)```/)?.[1];
if (!code || !code.includes("from 'screenpop/react'")) {
  console.error('README.md has no ```tsx example importing screenpop/react in "In React: `screenpop/react`".');
  process.exit(1);
}
const dir = 'node_modules/.cache/screenpop/react-readme';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/inbox.tsx`, code);
const dist = '../../../../dist';
writeFileSync(`${dir}/tsconfig.json`, JSON.stringify({
  compilerOptions: {
    target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, jsx: 'react-jsx',
    skipLibCheck: true, isolatedModules: true, noEmit: true, types: [],
    paths: { 'screenpop/react': [`${dist}/react.d.ts`], 'screenpop/adapters/demo': [`${dist}/adapters/demo.d.ts`], screenpop: [`${dist}/index.d.ts`] },
  },
  include: ['*.tsx'],
}));
try {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', dir], { stdio: 'inherit' });
} catch {
  console.error('The README React example does not type-check against dist/react.d.ts.');
  process.exit(1);
}
rmSync(dir, { recursive: true, force: true });
console.log('README React example type-checks against screenpop/react.');
