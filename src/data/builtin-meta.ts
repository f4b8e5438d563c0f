import type { Level, LocalizedText } from '../core/types.js';

/**
 * The built-in levels and dimension names, in both languages. The quiz uses them inside the
 * built-in questionnaire; the gauge uses them to name levels and dimensions when it is given only a
 * score or a results object.
 */
export const BUILTIN_LEVELS: Level[] = [
  { id: 'peu-initiee', label: { fr: 'Peu initiée', en: 'Barely started' }, min: 0 },
  { id: 'en-demarrage', label: { fr: 'En démarrage', en: 'Getting started' }, min: 35 },
  { id: 'en-progression', label: { fr: 'En progression', en: 'Making progress' }, min: 60 },
  { id: 'bien-outillee', label: { fr: 'Bien outillée', en: 'Well equipped' }, min: 80 },
];

export const BUILTIN_DIMENSION_LABELS: Record<string, LocalizedText> = {
  strategie: { fr: 'Stratégie et gouvernance du numérique', en: 'Digital strategy and governance' },
  outils: { fr: 'Outils et équipement', en: 'Tools and equipment' },
  competences: { fr: 'Compétences et accompagnement', en: 'Skills and support' },
  communication: { fr: 'Communication et relation aux publics', en: 'Communication and relations with the public' },
  collaboration: { fr: 'Collaboration et organisation', en: 'Collaboration and organisation' },
  donnees: { fr: 'Données, sécurité et RGPD', en: 'Data, security and GDPR' },
};
