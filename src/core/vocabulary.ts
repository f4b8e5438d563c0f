/**
 * The project's own vocabulary of support themes. Neither national data standard can describe
 * association support, so questionnaires and structure files both speak these ids (the crosswalk
 * maps the national values to them; see docs/crosswalk.md). A theme is help FOR AN ASSOCIATION.
 *
 * `donnees-rgpd` means data protection and the GDPR (personal data, consent, records); before
 * `cybersecurite` existed it also covered security, which now has its own id. `juridique` is an
 * association's legal and statutory life (statuts, assemblées, obligations).
 */
export const SUPPORT_THEMES = [
  'strategie',
  'financement',
  'outils',
  'formation',
  'communication',
  'collaboration',
  'donnees-rgpd',
  'cybersecurite',
  'materiel',
  'emploi-benevolat',
  'juridique',
] as const;

export type SupportTheme = (typeof SUPPORT_THEMES)[number];
