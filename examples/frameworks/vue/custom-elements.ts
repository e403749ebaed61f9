import type { CompilerOptions } from 'vue/compiler-sfc';

/** Screenpop's tags are custom elements, not Vue components: Vue renders them as they are. */
export const isCustomElement = (tag: string): boolean => tag.startsWith('cx-');

/** For the build (Vite: `vue({ template: { compilerOptions } })`, vue-loader: `options.compilerOptions`). */
export const compilerOptions: CompilerOptions = { isCustomElement };
