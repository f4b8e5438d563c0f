import type { SharedMessages } from './messages.js';

/** English messages: a lazy chunk, loaded before an element renders in English (see english.ts). */
const en: SharedMessages = {
  colon: ':',
  loading: 'Loading…',
  errorTitle: 'This content cannot be shown',
  retry: 'Try again',
  inline: 'the <script type="application/json"> element',
  invalid: 'The content of {where} has {count} {count:error|errors}:',
  property: 'the {name} property',
  moreIssues: '… and {count} more {count:error|errors}.',
};

export default en;
