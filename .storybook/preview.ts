import type { Preview } from '@storybook/web-components-vite';

// The components are French-first: an element without `lang` follows the closest `[lang]` ancestor,
// then `<html lang>`. Storybook's iframe says `lang="en"`, so make the preview page French.
document.documentElement.lang = 'fr';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: {
      // Run axe-core on the story root (shadow roots included) after each story's play function.
      context: '#storybook-root',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      },
      // Storybook 10: violations fail the story's test (Vitest addon / test runner); shown in the panel anyway.
      test: 'error',
    },
  },
  initialGlobals: {
    a11y: { manual: false },
  },
};

export default preview;
