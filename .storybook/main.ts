import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
// @ts-expect-error -- a JavaScript module without types (config/plugins.mjs), shared with rollup and web-test-runner.
import { sharedPlugins } from '../config/plugins.mjs';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * package.json's `sideEffects` lists only the built files (`dist/…`), so in a production build every
 * module under src/ counts as side-effect free and a bare `import '…/define.js'` (which only calls
 * customElements.define) would be tree-shaken away. Keep the side effects of the sources.
 */
const srcHasSideEffects: Plugin = {
  name: 'cap-numerique:src-has-side-effects',
  apply: 'build',
  transform(code, id) {
    if (!id.startsWith(srcDir)) return null;
    return { code, map: null, moduleSideEffects: true };
  },
};

/**
 * Storybook for the Cap Numérique web components.
 * Builds offline: no telemetry, no remote assets, only the a11y addon (axe-core runs in the preview).
 */
const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: {},
  },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  // The finder stories read the sample data files as `/data/samples/…`.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  core: {
    disableTelemetry: true,
  },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // Generated data, d3-lite and opening_hours for France, as the build and the tests have them.
      // `enforce: 'pre'`: before Vite's own resolver, which would otherwise resolve d3-selection first.
      plugins: [...(sharedPlugins() as Plugin[]).map((plugin) => ({ ...plugin, enforce: 'pre' as const })), srcHasSideEffects],
      // Dev server: the web-components renderer is served unbundled and imports lit's raw modules,
      // while stories and src/ would get a pre-bundled copy: two lit-html instances ("Multiple
      // versions of Lit loaded"). Lit is plain ESM, so serve it unbundled everywhere.
      // The dependency pre-bundler does not run the plugins above: the packages they rewrite (and
      // those that import them) are served as they are, their CommonJS dependency pre-bundled.
      optimizeDeps: {
        exclude: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context', 'd3-selection', 'd3-transition', 'd3-zoom', 'd3-drag', 'opening_hours'],
        include: ['opening_hours > suncalc'],
      },
    });
  },
};

export default config;
