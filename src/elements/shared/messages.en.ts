import type { LoadMessages } from './load-json.js';
import type { SharedMessages } from './messages.js';

/** English messages: a lazy chunk, loaded before an element renders in English (see english.ts). */
const en: SharedMessages & LoadMessages = {
  fetchStatus: 'The file {url} could not be loaded: the server answered {status}.',
  fetchTimeout: 'The file {url} does not answer (no response after {seconds} s).',
  fetchNetwork: 'The file {url} could not be loaded (network error or access refused by the server).',
  fetchCutOff: 'The download of the file {url} was interrupted before the end (connection lost).',
  fetchIncomplete: 'The file {url} is incomplete: it stops before the end of the JSON (download interrupted or file cut short).',
  notJson: 'The content of {where} is not valid JSON: {detail}',
  empty: 'The content of {where} is empty.',
  notUtf8: 'The file {url} is not encoded in UTF-8: save it as UTF-8 (“CSV UTF-8” or “Unicode (UTF-8)” in your spreadsheet or editor).',
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
