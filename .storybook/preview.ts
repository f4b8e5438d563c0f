import type { Preview } from '@storybook/web-components-vite';
import { addons } from 'storybook/preview-api';

/**
 * What `npm run test:stories` (scripts/check-stories.mjs) reads in every engine: the preview's
 * reports of each story's outcome, and the page's uncaught errors, kept on `window`.
 */
const record = window as unknown as { __storyEvents: { name: string; detail: unknown }[]; __storyErrors: string[] };
record.__storyEvents = [];
record.__storyErrors = [];
for (const name of ['storyFinished', 'playFunctionThrewException', 'storyThrewException', 'storyErrored', 'storyMissing']) {
  addons.getChannel().on(name, (detail: unknown) => record.__storyEvents.push({ name, detail: JSON.parse(JSON.stringify(detail ?? null)) }));
}
window.addEventListener('error', (e) => record.__storyErrors.push(String(e.error ?? e.message).split('\n')[0]!));
window.addEventListener('unhandledrejection', (e) => record.__storyErrors.push(String(e.reason).split('\n')[0]!));

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
