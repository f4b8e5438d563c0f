import { translator, type Messages } from '../../core/i18n.js';
import { englishLoader } from '../shared/english.js';

const fr = {
  loadingQuestionnaire: 'Chargement du questionnaire…',
  start: 'Commencer',
  startMeta: '{count} {count:question|questions} · environ {minutes} minutes',
  privacy: 'Vos réponses restent sur cet appareil\u00A0: elles ne sont envoyées nulle part.',
  privacyNone: 'Vos réponses ne sont pas conservées après la fermeture de la page.',
  resumeTitle: 'Reprendre votre questionnaire ?',
  resumeText: 'Vous avez déjà répondu à {answered} {answered:question|questions} sur {total} le {date}.',
  resume: 'Reprendre',
  startOver: 'Recommencer',
  progress: 'Question {n} sur {total}',
  progressProfile: 'Votre association : question {n} sur {total}',
  profileNote: 'Cette question n’est pas notée : elle adapte les questions et les conseils à votre association.',
  unknown: 'Je ne sais pas',
  notApplicable: 'Non concerné',
  previous: 'Précédent',
  next: 'Suivant',
  toReview: 'Vérifier mes réponses',
  backToReview: 'Revenir au récapitulatif',
  chooseOne: 'Choisissez une réponse pour continuer.',
  noneChecked: 'Aucune de ces pratiques',
  multipleHint: 'Plusieurs réponses possibles. Si aucune ne correspond, passez à la suite.',
  reviewTitle: 'Vérifiez vos réponses',
  reviewIntro: 'Vous pouvez modifier chaque réponse avant de voir vos résultats.',
  noAnswer: 'Pas de réponse',
  edit: 'Modifier',
  editLabel: 'Modifier la réponse à la question {n} : {question}',
  answerLabel: 'Répondre à la question {n} : {question}',
  seeResults: 'Voir mes résultats',
  missing: '{count} {count:question sans réponse|questions sans réponse}. Répondez-y pour voir vos résultats.',
  missingItem: 'Question {n} : {question}',
  resultsTitle: 'Vos résultats',
  announceResults: 'Questionnaire terminé. Score global : {score} sur 100, niveau {level}.',
  announceNoScore: 'Questionnaire terminé. Résultat partiel : pas de score global.',
  loadingGuidance: 'Chargement de vos prochaines étapes…',
  done: 'Questionnaire terminé',
  doneText: 'Merci ! Vos réponses ont été prises en compte.',
  editAnswers: 'Modifier mes réponses',
  questionList: 'Questionnaire',
};

/** Every key of the French catalog: the English catalog (messages.en.ts) must have exactly these. */
export type QuizMessages = Record<keyof typeof fr, string>;

/** Filled by the English loader below (english.ts); until then English falls back to French. */
const en: Messages = {};

export const quizMsg = translator({ fr, en });

/** Loads the English messages into the catalog (once; a failed load is tried again). */
export const quizEnglish = englishLoader(en, () => import('./messages.en.js'));
