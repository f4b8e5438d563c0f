import type { StorybookConfig } from '@storybook/web-components-vite';

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
  core: {
    disableTelemetry: true,
  },
};

export default config;
