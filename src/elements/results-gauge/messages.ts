import { translator, type Lang, type Messages } from '../../core/i18n.js';

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
  badResults: 'Les résultats fournis contiennent {count} erreur(s) :',
  scale: 'Échelle des niveaux',
  levelRange: '{level} : de {from} à {to}',
};

const en: Messages = {
  name: 'Digital maturity score',
  valueText: '{score} out of 100, level {level}',
  valueTextNoLevel: '{score} out of 100',
  outOf: 'out of 100',
  levelLine: 'Level: {level}',
  empty: 'No result yet: answer the questionnaire to see where your association stands.',
  noScore: 'Not enough answers to compute a score.',
  dimensions: 'Score by dimension',
  dimensionValue: '{score} out of 100 — {level}',
  dimensionNoScore: 'not assessed',
  sector:
    'In 2022, {share}% of associations were at the “{level}” level (study by France Active, Solidatech and IAE Paris).',
  badValue: 'The value “{value}” of the value attribute is not a score between 0 and 100.',
  badResults: 'The results given have {count} error(s):',
  scale: 'Level scale',
  levelRange: '{level}: {from} to {to}',
};

export const gaugeMsg = translator({ fr, en } as Record<Lang, Messages>);
