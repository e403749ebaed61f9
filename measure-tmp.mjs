import { build } from 'esbuild';
const file = process.argv[2];
const r = await build({ entryPoints: [file], bundle: true, splitting: true, format: 'esm', minify: true, write: false, outdir: '/tmp/weight/out', metafile: true, target: 'es2022', logLevel: 'error' });
for (const [o, v] of Object.entries(r.metafile.outputs)) {
  console.log(o, v.bytes, v.imports.map(i=>i.kind[0]+':'+i.path.split('/').pop()).join(' '));
  const ins = Object.entries(v.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0, 25);
  for (const [i, x] of ins) console.log('   ', x.bytesInOutput, i);
}
