import { translator, type Messages } from '../../core/i18n.js';
import { englishLoader } from './english.js';

/** Messages shared by every element (loading and errors). */
const fr = {
  colon: '\u00a0:',
  loading: 'Chargement…',
  errorTitle: 'Ce contenu ne peut pas être affiché',
  retry: 'Réessayer',
  fetchStatus: 'Le fichier {url} n’a pas pu être chargé : le serveur a répondu {status}.',
  fetchTimeout: 'Le fichier {url} ne répond pas (pas de réponse après {seconds} s).',
  fetchNetwork: 'Le fichier {url} n’a pas pu être chargé (erreur réseau ou accès refusé par le serveur).',
  fetchCutOff: 'Le téléchargement du fichier {url} a été interrompu avant la fin (connexion coupée).',
  fetchIncomplete: 'Le fichier {url} est incomplet : il s’arrête avant la fin du JSON (téléchargement interrompu ou fichier tronqué).',
  notJson: 'Le contenu de {where} n’est pas du JSON valide : {detail}',
  empty: 'Le contenu de {where} est vide.',
  notUtf8: 'Le fichier {url} n’est pas encodé en UTF-8 : enregistrez-le en UTF-8 (« CSV UTF-8 » ou « Unicode (UTF-8) » dans votre tableur ou votre éditeur).',
  inline: 'l’élément <script type="application/json">',
  invalid: 'Le contenu de {where} contient {count} {count:erreur|erreurs} :',
  property: 'la propriété {name}',
  moreIssues: '… et {count} {count:autre erreur|autres erreurs}.',
};

/** Every key of the French catalog: the English catalog (messages.en.ts) must have exactly these. */
export type SharedMessages = Record<keyof typeof fr, string>;

/** Filled by the English loader below (english.ts); until then English falls back to French. */
const en: Messages = {};

export const sharedMsg = translator({ fr, en });

/** Loads the English messages into the catalog (once; a failed load is tried again). */
export const sharedEnglish = englishLoader(en, () => import('./messages.en.js'));
