import type { DiagnosticMessages } from './messages.js';

/** English messages: a lazy chunk, loaded before an element renders in English (see english.ts). */
const en: DiagnosticMessages = {
  introTitle: 'Take stock of your association’s digital practices',
  introText:
    'Answer a few questions about your association, then about your tools, practices and data: you will see where your association stands, what you can do right now, whom to turn to, and the support structures near you that can help.',
  introDuration: 'Allow about ten minutes. You can stop and resume later.',
  introPrivacy: 'Your answers stay on this device: nothing is sent without your consent.',
  previous: 'Your last check-up: {score} out of 100, on {date}.',
  begin: 'Start the check-up',
  seeResults: 'See my last results',
  steps: 'Check-up steps',
  'step-intro': 'Introduction',
  'step-quiz': 'Questionnaire',
  'step-results': 'Results',
  'step-finder': 'Find help',
  stepAnnounce: 'Step {n} of 4: {name}.',
  resultsTitle: 'Your results',
  compareUp: '+{delta} points since {date}',
  compareDown: '−{delta} points since {date}',
  compareSame: 'Same score as on {date}',
  loadingGuidance: 'Loading your next steps…',
  otherVersion:
    'This share link was made with another version of the questionnaire ({version}): its answers cannot be read with this one. You can take the check-up again.',
  editAnswers: 'Change my answers',
  startOver: 'Start over',
  backToResults: 'Back to the results',
  finderTitle: 'Find help near you',
  finderIntro: 'Structures are filtered on the points to improve: {themes}. Enter your town.',
  keepTitle: 'Keep your results',
  share: 'Copy the share link',
  shareLabel: 'Share link (your answers are in the link; nothing is sent)',
  shared: 'Link copied.',
  print: 'Print',
  export: 'Export (JSON)',
  import: 'Import results (JSON)',
  importError: 'This file holds no results of this check-up ({detail}).',
  imported: 'Results imported.',
  sharedOpened: 'Results opened from a share link.',
  selectedTitle: 'Structures kept',
  selectedDemo: 'Fictitious structures (demo data): these names, addresses and contacts do not exist.',
  printedOn: 'Check-up of {date}',
  badSubmitUrl: 'The submit-url attribute “{value}” is not an http(s) address: the results cannot be sent.',
};

export default en;
