import { translator, type Messages } from '../../core/i18n.js';
import { englishLoader } from './english.js';

/** Messages shared by every element (loading and errors). */
const fr = {
  colon: '\u00a0:',
  loading: 'Chargement…',
  errorTitle: 'Ce contenu ne peut pas être affiché',
  retry: 'Réessayer',
  inline: 'l’élément <script type="application/json">',
  invalid: 'Le contenu de {where} contient {count} {count:erreur|erreurs} :',
  property: 'la propriété {name}',
  moreIssues: '… et {count} {count:autre erreur|autres erreurs}.',
};

/** Every key of the French catalog: the English catalog (messages.en.ts) must have exactly these. */
export type SharedMessages = Record<keyof typeof fr, string>;

/** Filled by the English loader below (english.ts); until then English falls back to French. */
const en: Messages = {};

/** The shared English catalog, filled by `sharedEnglish` (also read by load-json.ts). */
export const sharedEnglishMessages: Messages = en;

export const sharedMsg = translator({ fr, en });

/** Loads the English messages into the catalog (once; a failed load is tried again). */
export const sharedEnglish = englishLoader(en, () => import('./messages.en.js'));
