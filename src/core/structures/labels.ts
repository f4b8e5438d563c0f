/**
 * French and English names of the structure types and support themes. Apart from the crosswalk
 * tables so that the finder's first chunk carries only these.
 */
import type { SupportTheme } from '../vocabulary.js';
import { localize, type Lang } from '../i18n.js';
import type { GuidAssoLevel, Structure, StructureType } from './model.js';

export interface Labels {
  fr: string;
  en: string;
}

export const TYPE_LABELS: Readonly<Record<StructureType, Labels>> = {
  dla: { fr: "Dispositif local d’accompagnement (DLA)", en: 'Local support scheme (DLA)' },
  'point-appui': { fr: 'Point d’appui à la vie associative', en: 'Association support point' },
  'maison-associations': { fr: 'Maison des associations', en: 'House of associations' },
  crib: { fr: 'CRIB', en: 'CRIB (volunteer resource centre)' },
  cress: { fr: 'CRESS', en: 'CRESS (regional social economy chamber)' },
  'france-active': { fr: 'France Active', en: 'France Active' },
  'hub-numerique': { fr: 'Hub numérique', en: 'Digital inclusion hub' },
  'conseiller-numerique': { fr: 'Conseiller numérique', en: 'Digital adviser (conseiller numérique)' },
  'france-services': { fr: 'France Services', en: 'France Services' },
  'tiers-lieu': { fr: 'Tiers-lieu / fablab', en: 'Third place / fablab' },
  epn: { fr: 'Espace public numérique', en: 'Public digital space (EPN)' },
  reseau: { fr: 'Réseau / fédération', en: 'Network / federation' },
};

export const THEME_LABELS: Readonly<Record<SupportTheme, Labels>> = {
  strategie: { fr: 'Stratégie', en: 'Strategy' },
  financement: { fr: 'Financement', en: 'Funding' },
  outils: { fr: 'Outils', en: 'Tools' },
  formation: { fr: 'Formation', en: 'Training' },
  communication: { fr: 'Communication', en: 'Communication' },
  collaboration: { fr: 'Collaboration', en: 'Collaboration' },
  'donnees-rgpd': { fr: 'Données / RGPD', en: 'Data / GDPR' },
  cybersecurite: { fr: 'Cybersécurité', en: 'Cybersecurity' },
  materiel: { fr: 'Matériel', en: 'Equipment' },
  'emploi-benevolat': { fr: 'Emploi / bénévolat', en: 'Employment / volunteering' },
  juridique: { fr: 'Juridique / vie statutaire', en: 'Legal / statutory life' },
};


/** The levels of the Guid’Asso label, shown as « Guid’Asso · accompagnement spécialiste ». */
export const GUIDASSO_LABELS: Readonly<Record<GuidAssoLevel, Labels>> = {
  orientation: { fr: 'orientation', en: 'guidance' },
  information: { fr: 'information', en: 'information' },
  generaliste: { fr: 'accompagnement généraliste', en: 'general support' },
  specialiste: { fr: 'accompagnement spécialiste', en: 'specialist support' },
};

/** A structure's types and its Guid’Asso label: « Maison des associations, Guid’Asso · orientation ». */
export function typeNames(s: Pick<Structure, 'types' | 'guidasso'>, lang: Lang): string {
  const names = s.types.map((t) => localize(TYPE_LABELS[t], lang));
  if (s.guidasso) names.push(`Guid’Asso · ${localize(GUIDASSO_LABELS[s.guidasso], lang)}`);
  return names.join(', ');
}
