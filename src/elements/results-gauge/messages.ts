import { translator, type Messages } from '../../core/i18n.js';
import { englishLoader } from '../shared/english.js';

const fr = {
  name: 'Score de maturité numérique',
  valueText: '{score} sur 100, niveau {level}',
  valueTextNoLevel: '{score} sur 100',
  outOf: 'sur 100',
  levelLine: 'Niveau : {level}',
  empty: 'Pas encore de résultat : répondez au questionnaire pour voir où en est votre association.',
  noScore: 'Pas de score global : pas assez de réponses.',
  partialDimensions:
    'Résultat partiel : {missing} {missing:dimension sur {total} n’a pas pu être évaluée|dimensions sur {total} n’ont pas pu être évaluées}. Un score global demande plus de la moitié des dimensions évaluées.',
  partialUnknown:
    'Résultat partiel : plus de la moitié des réponses sont « Je ne sais pas ». Chaque dimension reste notée (« Je ne sais pas » y compte comme la réponse la plus basse), mais un score global ne dirait rien de fiable. Savoir où en est l’association est une première étape.',
  dimensions: 'Score par dimension',
  dimensionValue: '{score} sur 100 — {level}',
  dimensionNoScore: 'non évaluée',
  dimensionNotApplicable: 'non évaluée : « Non concerné » pour {count} {count:question|questions} sur {total}',
  dimensionTooFew: 'non évaluée : moins de la moitié de ses questions ont une réponse qui compte',
  'sector-whom-to-ask':
    'Ne pas savoir à qui s’adresser est fréquent : c’est le cas de 11 % des dirigeants associatifs interrogés, et d’un quart de ceux dont l’association se dit « peu initiée » au numérique (une catégorie de l’enquête, qui n’est pas un niveau de ce diagnostic).',
  'sector-difficulties': 'Vous n’êtes pas seuls : 76 % des dirigeants associatifs interrogés déclarent des difficultés avec le numérique.',
  'sector-strategy':
    'Les difficultés stratégiques (cohérence avec le projet associatif, choix des outils, utilité de ceux-ci) sont les seules à avoir augmenté : 19 % des dirigeants interrogés en 2019, 24 % en 2022.',
  sectorSource:
    'Source : Solidatech et Recherches & Solidarités, « La place du numérique dans le projet associatif », enquête auprès de 2 776 dirigeants associatifs, printemps 2022. Réponses déclaratives.',
  badValue: 'La valeur « {value} » de l’attribut value n’est pas un score entre 0 et 100.',
  badResults: 'Les résultats fournis contiennent {count} {count:erreur|erreurs} :',
  scale: 'Échelle des niveaux',
};

/** Every key of the French catalog: the English catalog (messages.en.ts) must have exactly these. */
export type GaugeMessages = Record<keyof typeof fr, string>;

/** Filled by the English loader below (english.ts); until then English falls back to French. */
const en: Messages = {};

export const gaugeMsg = translator({ fr, en });

/** Loads the English messages into the catalog (once; a failed load is tried again). */
export const gaugeEnglish = englishLoader(en, () => import('./messages.en.js'));
