import { translator, type Lang, type Messages } from '../../core/i18n.js';
import { englishLoader } from '../shared/english.js';

const fr: Messages = {
  name: 'Score de maturité numérique',
  valueText: '{score} sur 100, niveau {level}',
  valueTextNoLevel: '{score} sur 100',
  outOf: 'sur 100',
  levelLine: 'Niveau : {level}',
  empty: 'Pas encore de résultat : répondez au questionnaire pour voir où en est votre association.',
  noScore: 'Pas assez de réponses pour calculer un score.',
  dimensions: 'Score par dimension',
  dimensionValue: '{score} sur 100 — {level}',
  dimensionNoScore: 'non évaluée',
  sector:
    'En 2022, {share} % des associations étaient au niveau « {level} » (étude France Active, Solidatech et IAE Paris).',
  badValue: 'La valeur « {value} » de l’attribut value n’est pas un score entre 0 et 100.',
  badResults: 'Les résultats fournis contiennent {count} {count:erreur|erreurs} :',
  scale: 'Échelle des niveaux',
  levelRange: '{level} : de {from} à {to}',
};

/** Filled by the English loader below (english.ts); until then English falls back to French. */
const en: Messages = {};

export const gaugeMsg = translator({ fr, en } as Record<Lang, Messages>);

/** Loads the English messages into the catalog (once; a failed load is tried again). */
export const gaugeEnglish = englishLoader(en, () => import('./messages.en.js'));
