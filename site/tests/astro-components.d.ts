// Tests import .astro components to render them (tests/components/); `astro check` types the
// components themselves, the tests only need to know each is a component.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
