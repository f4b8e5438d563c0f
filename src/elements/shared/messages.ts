import { translator, type Lang, type Messages } from '../../core/i18n.js';

/** Messages shared by every element (loading and errors). */
const fr: Messages = {
  loading: 'Chargement…',
  errorTitle: 'Ce contenu ne peut pas être affiché',
  retry: 'Réessayer',
  fetchStatus: 'Le fichier {url} n’a pas pu être chargé : le serveur a répondu {status}.',
  fetchTimeout: 'Le fichier {url} ne répond pas (pas de réponse après {seconds} s).',
  fetchNetwork: 'Le fichier {url} n’a pas pu être chargé (erreur réseau ou accès refusé par le serveur).',
  fetchCutOff: 'Le téléchargement du fichier {url} a été interrompu avant la fin (connexion coupée).',
  fetchIncomplete: 'Le fichier {url} est incomplet : il s’arrête avant la fin du JSON (téléchargement interrompu ou fichier tronqué).',
  notJson: 'Le contenu de {where} n’est pas du JSON valide : {detail}',
  empty: 'Le contenu de {where} est vide.',
  notUtf8: 'Le fichier {url} n’est pas encodé en UTF-8 : enregistrez-le en UTF-8 (« CSV UTF-8 » ou « Unicode (UTF-8) » dans votre tableur ou votre éditeur).',
  inline: 'l’élément <script type="application/json">',
  invalid: 'Le contenu de {where} contient {count} erreur(s) :',
  property: 'la propriété {name}',
  moreIssues: '… et {count} autre(s) erreur(s).',
};

const en: Messages = {
  loading: 'Loading…',
  errorTitle: 'This content cannot be shown',
  retry: 'Try again',
  fetchStatus: 'The file {url} could not be loaded: the server answered {status}.',
  fetchTimeout: 'The file {url} does not answer (no response after {seconds} s).',
  fetchNetwork: 'The file {url} could not be loaded (network error or access refused by the server).',
  fetchCutOff: 'The download of the file {url} was interrupted before the end (connection lost).',
  fetchIncomplete: 'The file {url} is incomplete: it stops before the end of the JSON (download interrupted or file cut short).',
  notJson: 'The content of {where} is not valid JSON: {detail}',
  empty: 'The content of {where} is empty.',
  notUtf8: 'The file {url} is not encoded in UTF-8: save it as UTF-8 ("CSV UTF-8" or "Unicode (UTF-8)" in your spreadsheet or editor).',
  inline: 'the <script type="application/json"> element',
  invalid: 'The content of {where} has {count} error(s):',
  property: 'the {name} property',
  moreIssues: '… and {count} more error(s).',
};

export const sharedMsg = translator({ fr, en } as Record<Lang, Messages>);
