// Checks what the README's Vue section promises, with Vue's own template compiler: with
// `isCustomElement` from examples/frameworks/vue/custom-elements.ts, the example's template renders
// every cx-* tag as the custom element (no component lookup), binds `.adapter` as a property and
// listens to the cx-* events; without it, Vue would look each tag up as a component.
//   node examples/frameworks/check-vue.js   (CI, after `npx tsc -p examples/frameworks/vue`)
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { compileTemplate } from 'vue/compiler-sfc';

const here = (path) => new URL(path, import.meta.url);
const source = readFileSync(here('./vue/custom-elements.ts'), 'utf8');
const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
const { compilerOptions, isCustomElement } = await import(`data:text/javascript,${encodeURIComponent(js)}`);
const template = readFileSync(here('./vue/main.ts'), 'utf8').match(/export const template = `([^`]*)`/)?.[1];

const problems = [];
if (!template) problems.push('examples/frameworks/vue/main.ts has no `export const template`');
const compile = (options) => compileTemplate({ source: template ?? '', filename: 'Inbox.vue', id: 'inbox', compilerOptions: options });
const withOption = compile(compilerOptions);
const without = compile({});
const tags = [...new Set((template ?? '').match(/<cx-[a-z0-9-]+/g)?.map((t) => t.slice(1)))];
if (withOption.errors.length) problems.push(`the template does not compile: ${withOption.errors.join('; ')}`);
if (!tags.length) problems.push('the template uses no cx-* tag');
for (const tag of tags) {
  if (!isCustomElement(tag)) problems.push(`isCustomElement('${tag}') is false`);
  if (withOption.code.includes(`resolveComponent("${tag}")`)) problems.push(`<${tag}> is looked up as a Vue component`);
  if (!withOption.code.includes(`"${tag}"`)) problems.push(`<${tag}> is not rendered as an element`);
  if (!without.code.includes(`resolveComponent("${tag}")`)) problems.push(`without isCustomElement <${tag}> is not looked up as a component: this check checks nothing`);
}
if (isCustomElement('div') || isCustomElement('router-view')) problems.push('isCustomElement claims tags that are not Screenpop’s');
if (!/\^adapter|"\.adapter"/.test(withOption.code)) problems.push('`.adapter` is not bound as a property');
for (const event of ['onCxSentimentOverride', 'onCxAfterSend', 'onCxBeforeSend']) if (!withOption.code.includes(event)) problems.push(`no listener ${event} in the compiled template`);

if (problems.length) {
  console.error(`Vue example check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Vue example: ${tags.length} cx-* tags render as custom elements, with properties and events bound.`);
