import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const file = process.argv[2]; const n = +(process.argv[3] ?? 40);
const r = await build({ entryPoints: [file], bundle: true, splitting: true, format: 'esm', minify: true, write: false, outdir: '/tmp/weight/out', metafile: true, target: 'es2022', logLevel: 'error', tsconfig: 'tsconfig.json' });
for (const [o, v] of Object.entries(r.metafile.outputs)) {
  const f = r.outputFiles.find(x=>x.path.endsWith(o.split('/').pop()));
  console.log(o.split('/').pop(), v.bytes, 'gz', gzipSync(f.contents,{level:9}).length, v.imports.map(i=>i.kind[0]+':'+i.path.split('/').pop()).join(' '));
  const ins = Object.entries(v.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0, n);
  for (const [i, x] of ins) console.log('   ', x.bytesInOutput, i);
}
