import { translator, type Messages } from '../../core/i18n.js';
import { englishLoader } from '../shared/english.js';

const fr = {
  introTitle: 'Faites le point sur le numérique de votre association',
  introText:
    'Répondez à quelques questions sur votre association, puis sur vos outils, vos pratiques et vos données : vous verrez où en est votre association, ce que vous pouvez faire dès maintenant, à qui vous adresser, et les structures près de chez vous qui peuvent vous aider.',
  introDuration: 'Comptez une dizaine de minutes. Vous pouvez vous arrêter et reprendre plus tard.',
  introPrivacy: 'Vos réponses restent sur cet appareil : rien n’est envoyé sans votre accord.',
  previous: 'Votre dernier diagnostic : {score} sur 100, le {date}.',
  begin: 'Commencer le diagnostic',
  seeResults: 'Voir mes derniers résultats',
  steps: 'Étapes du diagnostic',
  'step-intro': 'Présentation',
  'step-quiz': 'Questionnaire',
  'step-results': 'Résultats',
  'step-finder': 'Trouver de l’aide',
  stepAnnounce: 'Étape {n} sur 4 : {name}.',
  resultsTitle: 'Vos résultats',
  compareUp: '+{delta} points depuis le {date}',
  compareDown: '−{delta} points depuis le {date}',
  compareSame: 'Même score que le {date}',
  loadingGuidance: 'Chargement de vos prochaines étapes…',
  otherVersion:
    'Ce lien de partage a été créé avec une autre version du questionnaire ({version}) : ses réponses ne peuvent pas être relues avec celle-ci. Vous pouvez refaire le diagnostic.',
  editAnswers: 'Modifier mes réponses',
  startOver: 'Recommencer',
  backToResults: 'Retour aux résultats',
  finderTitle: 'Trouver de l’aide près de chez vous',
  finderIntro: 'Les structures sont filtrées sur vos points à améliorer : {themes}. Indiquez votre commune.',
  keepTitle: 'Garder vos résultats',
  share: 'Copier le lien de partage',
  shareLabel: 'Lien de partage (vos réponses sont dans le lien, rien n’est envoyé)',
  shared: 'Lien copié.',
  print: 'Imprimer',
  export: 'Exporter (JSON)',
  import: 'Importer des résultats (JSON)',
  importError: 'Ce fichier ne contient pas de résultats de ce diagnostic ({detail}).',
  imported: 'Résultats importés.',
  sharedOpened: 'Résultats ouverts depuis un lien de partage.',
  selectedTitle: 'Structures retenues',
  selectedDemo: 'Structures fictives (données de démonstration) : ni ces noms, ni ces adresses, ni ces contacts n’existent.',
  printedOn: 'Diagnostic du {date}',
  badSubmitUrl: 'L’attribut submit-url « {value} » n’est pas une adresse http(s) : les résultats ne peuvent pas être envoyés.',
};

/** Every key of the French catalog: the English catalog (messages.en.ts) must have exactly these. */
export type DiagnosticMessages = Record<keyof typeof fr, string>;

/** Filled by the English loader below (english.ts); until then English falls back to French. */
const en: Messages = {};

export const diagnosticMsg = translator({ fr, en });

/** Loads the English messages into the catalog (once; a failed load is tried again). */
export const diagnosticEnglish = englishLoader(en, () => import('./messages.en.js'));
