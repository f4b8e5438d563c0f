import type { LocalizedText, ShowIf } from '../core/types.js';

/** A national entry point an association can contact first. */
export interface FirstContact {
  name: LocalizedText;
  text: LocalizedText;
  url?: string;
  linkLabel?: LocalizedText;
  /** Shown only to associations that said they belong to a federation or a network. */
  federatedOnly?: boolean;
  /**
   * Support themes it answers: shown only where one of them is sought (the results' themes, the
   * finder's filters); without, shown everywhere.
   */
  themes?: string[];
  /** Shown in the quiz's results only for this profile (the finder knows none: always shown). */
  showIf?: ShowIf;
}

/**
 * « Par qui commencer »: national entry points that lead to a local, free first contact, then
 * national resources for some themes. The quiz's results and the finder (when nothing is within
 * reach) show them. Only real organisations, at addresses checked to be their own (see
 * docs/methodology.md).
 */
export const CONTACTS: FirstContact[] = [
  {
    name: "Guid’Asso",
    text: {
      fr: "le réseau d’appui à la vie associative reconnu par l’État : des structures près de chez vous (maisons des associations, centres de ressources, fédérations, collectivités) informent, orientent et accompagnent gratuitement toutes les associations. Votre mairie ou le service départemental à la jeunesse, à l’engagement et aux sports (SDJES) vous indique la plus proche.",
      en: 'the association support network recognised by the French State: organisations near you (maisons des associations, resource centres, federations, local authorities) inform, guide and support every association free of charge. Your town hall or the departmental youth, engagement and sports service (SDJES) can tell you which is nearest.',
    },
    url: 'https://www.associations.gouv.fr/la-charte-d-utilisation-de-guid-asso.html',
    linkLabel: { fr: "Ce que garantit le réseau Guid’Asso (associations.gouv.fr)", en: 'What the Guid’Asso network guarantees (associations.gouv.fr, in French)' },
  },
  {
    name: { fr: 'Les maisons des associations', en: 'Maisons des associations' },
    text: {
      fr: "souvent portées par la commune ou l’intercommunalité, elles accueillent les associations, répondent à leurs questions et proposent des formations ; beaucoup sont membres du Réseau national des maisons des associations (RNMA).",
      en: 'often run by the town or the group of towns, they welcome associations, answer their questions and offer training; many belong to the national network of maisons des associations (RNMA).',
    },
    url: 'https://www.rnma.fr/',
    linkLabel: { fr: 'Le Réseau national des maisons des associations', en: 'The RNMA (in French)' },
  },
  {
    name: { fr: 'Votre fédération ou votre réseau', en: 'Your federation or network' },
    text: {
      fr: 'beaucoup proposent à leurs membres des conseils, des formations et des outils partagés : demandez qui suit les questions numériques.',
      en: 'many offer their members advice, training and shared tools: ask who follows digital matters.',
    },
    federatedOnly: true,
  },
  {
    name: { fr: 'Le Dispositif local d’accompagnement (DLA)', en: 'The local support scheme (DLA)' },
    text: {
      fr: "dans chaque département, il accompagne gratuitement les associations employeuses (stratégie, modèle économique, emploi) ; ses centres de ressources nationaux, dont un consacré au numérique, outillent les accompagnateurs.",
      en: 'in every département, it supports associations that employ staff free of charge (strategy, business model, jobs); its national resource centres, one of them on digital matters, equip the advisers.',
    },
    url: 'https://www.info-dla.fr/',
    linkLabel: { fr: 'Le DLA (info-dla.fr)', en: 'The DLA (info-dla.fr, in French)' },
    themes: ['strategie', 'financement', 'emploi-benevolat'],
    // The DLA supports associations that employ staff.
    showIf: { question: 'profil-equipe', anyOf: ['salaries'] },
  },
  {
    name: 'Cybermalveillance.gouv.fr',
    text: {
      fr: 'le dispositif national d’assistance aux victimes d’actes de cybermalveillance : conseils pour se protéger et aide en cas d’attaque, d’arnaque ou de piratage de compte.',
      en: 'the national service for victims of cybercrime: advice on protecting yourself, and help after an attack, a scam or a hacked account.',
    },
    url: 'https://www.cybermalveillance.gouv.fr/',
    themes: ['cybersecurite'],
  },
  {
    name: 'CNIL',
    text: {
      fr: 'l’autorité de protection des données personnelles : guides et modèles pour appliquer le RGPD dans une association.',
      en: 'the French data protection authority: guides and templates for applying the GDPR in an association.',
    },
    url: 'https://www.cnil.fr/',
    linkLabel: { fr: 'La CNIL (cnil.fr)', en: 'The CNIL (cnil.fr, in French)' },
    themes: ['donnees-rgpd'],
  },
];
