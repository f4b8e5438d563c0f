/**
 * The project's own vocabulary of support themes. Neither national data standard can describe
 * association support, so questionnaires and structure files both speak these ids (the crosswalk
 * maps the national values to them; see docs/data-standards.md).
 */
export const SUPPORT_THEMES = [
  'strategie',
  'financement',
  'outils',
  'formation',
  'communication',
  'collaboration',
  'donnees-rgpd',
  'materiel',
  'emploi-benevolat',
] as const;

export type SupportTheme = (typeof SUPPORT_THEMES)[number];
