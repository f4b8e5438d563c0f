/**
 * Why each row of the crosswalk (src/core/structures/crosswalk.ts) maps as it does, printed in
 * docs/crosswalk.md by scripts/docs-reference.mjs. Kept here rather than in the code so that the
 * readers' chunk does not ship them. Keys: `<standard>|<field>|<value>` exactly as in the tables.
 * `tests/node/docs.test.mjs` checks that every row that maps to nothing has a reason here, and that
 * every note belongs to a row.
 */
const LMN = 'lieux-mediation-numerique';
const DI = 'data-inclusion';

const SKILLS = 'basic digital skills: help for a person that also serves an association’s volunteers';
const PROCEDURES = 'help with a person’s own administrative procedures';
const ACCESS = 'a person’s internet access or equipment';
const JOBS = 'serves job seekers, not employers';
const BUSINESS = 'business creation, for a person creating a company';

export const CROSSWALK_NOTES = {
  // Types
  [`${LMN}|typologie|RFS`]: 'Réseau France Services',
  [`${LMN}|typologie|FABRIQUE`]: 'fabrique de territoire, the State label for tiers-lieux',
  [`${LMN}|typologie|EPI`]: 'Espace public internet, the older name',
  [`${LMN}|typologie|ENM`]: 'Espace numérique mobile: an itinerant EPN',
  [`${LMN}|typologie|FAIS`]: 'Fédération d’acteurs de l’insertion et de la solidarité',
  [`${LMN}|typologie|MSAP`]: 'Maison de services au public: not all became France Services',
  [`${LMN}|typologie|ASSO`]: 'any association: says nothing about support',
  [`${LMN}|typologie|ESS`]: 'an ESS enterprise is not a CRESS',
  [`${LMN}|typologie|CS`]: 'centre social: help for inhabitants',
  [`${LMN}|typologie|MJC`]: 'youth and culture centre: activities for inhabitants',
  [`${LMN}|typologie|BIB`]: 'library: digital help for its readers',
  [`${LMN}|typologie|CCAS`]: 'municipal social services: help for individuals',
  [`${LMN}|typologie|PIMMS`]: 'mediation point for individuals’ procedures',
  [`${LMN}|typologie|MDA`]: 'Maison départementale de l’autonomie, not a maison des associations',
  [`${LMN}|dispositif_programmes_nationaux|Aidants Connect`]: 'doing procedures on a person’s behalf',
  [`${LMN}|dispositif_programmes_nationaux|Certification PIX`]: 'certifies a person’s digital skills',
  [`${LMN}|dispositif_programmes_nationaux|Emmaüs Connect`]: 'equipment and connection for people in need',
  [`${LMN}|dispositif_programmes_nationaux|Point d’accès numérique CAF`]: 'access to the family allowance services',
  [`${LMN}|dispositif_programmes_nationaux|Promeneurs du net`]: 'youth workers online, for young people',
  [`${LMN}|dispositif_programmes_nationaux|La Croix Rouge`]: 'a network of help for individuals',
  [`${LMN}|formations_labels|Fabriques de Territoire`]: 'the State label for tiers-lieux',
  [`${LMN}|labels_nationaux|CNFS`]: 'conseillers numériques France Services (older field name)',
  [`${LMN}|labels_nationaux|APTIC`]: 'a voucher for a person’s digital training',
  [`${LMN}|labels_nationaux|Aidants Connect`]: 'doing procedures on a person’s behalf',
  [`${LMN}|labels_nationaux|Grandes écoles du numérique`]: 'vocational training in digital jobs',
  [`${LMN}|labels_nationaux|Point relais CAF`]: 'access to the family allowance services',
  [`${LMN}|labels_nationaux|Point numérique CAF`]: 'access to the family allowance services',
  [`${LMN}|labels_nationaux|Relais pôle emploi`]: JOBS,
  [`${LMN}|labels_nationaux|French Tech`]: 'start-up ecosystem',
  [`${LMN}|labels_nationaux|Campus connecté`]: 'distance higher education for students',
  [`${DI}|reseaux_porteurs|msap`]: 'Maison de services au public: not all became France Services',
  [`${DI}|reseaux_porteurs|fcsf`]: 'a centre social, not a federation itself',
  [`${DI}|reseaux_porteurs|mjc`]: 'youth and culture centre: activities for inhabitants',
  [`${DI}|labels_nationaux|conseiller-numerique`]: 'data·inclusion v0',
  // Themes: LaMednum services, v1.0.2
  [`${LMN}|services|Aide aux démarches administratives`]: PROCEDURES,
  [`${LMN}|services|Maîtrise des outils numériques du quotidien`]: SKILLS,
  [`${LMN}|services|Insertion professionnelle via le numérique`]: JOBS,
  [`${LMN}|services|Utilisation sécurisée du numérique`]: 'a person’s safe use of the internet (an association’s security is `cybersecurite`)',
  [`${LMN}|services|Parentalité et éducation avec le numérique`]: 'help for parents',
  [`${LMN}|services|Loisirs et créations numériques`]: 'leisure activities for a person',
  [`${LMN}|services|Compréhension du monde numérique`]: SKILLS,
  [`${LMN}|services|Accès internet et matériel informatique`]: ACCESS,
  [`${LMN}|services|Acquisition de matériel informatique à prix solidaire`]: 'equipment at a solidarity price for people on low incomes',
  // LaMednum services, v0.1
  [`${LMN}|services|Prendre en main un smartphone ou une tablette`]: SKILLS,
  [`${LMN}|services|Prendre en main un ordinateur`]: SKILLS,
  [`${LMN}|services|Utiliser le numérique au quotidien`]: SKILLS,
  [`${LMN}|services|Approfondir ma culture numérique`]: SKILLS,
  [`${LMN}|services|Devenir autonome dans les démarches administratives`]: PROCEDURES,
  [`${LMN}|services|Réaliser des démarches administratives avec un accompagnement`]: PROCEDURES,
  [`${LMN}|services|Favoriser mon insertion professionnelle`]: JOBS,
  [`${LMN}|services|Accéder à une connexion internet`]: ACCESS,
  [`${LMN}|services|Accéder à du matériel`]: ACCESS,
  [`${LMN}|services|S’équiper en matériel informatique`]: ACCESS,
  [`${LMN}|services|Créer et développer mon entreprise`]: BUSINESS,
  [`${LMN}|services|Créer avec le numérique`]: 'creative activities for a person',
  [`${LMN}|services|Accompagner les démarches de santé`]: 'a person’s health procedures',
  [`${LMN}|services|Promouvoir la citoyenneté numérique`]: 'a person’s digital citizenship',
  [`${LMN}|services|Soutenir la parentalité et l’éducation avec le numérique`]: 'help for parents',
  // data·inclusion thematiques
  [`${DI}|thematiques|numerique--maitriser-les-fondamentaux-du-numerique`]: SKILLS,
  [`${DI}|thematiques|numerique--prendre-en-main-un-ordinateur`]: SKILLS,
  [`${DI}|thematiques|numerique--prendre-en-main-un-smartphone-ou-une-tablette`]: SKILLS,
  [`${DI}|thematiques|numerique--utiliser-le-numerique-au-quotidien`]: SKILLS,
  [`${DI}|thematiques|numerique--approfondir-ma-culture-numerique`]: SKILLS,
  [`${DI}|thematiques|se-former--utiliser-le-numerique`]: SKILLS,
  [`${DI}|thematiques|numerique`]: 'the whole category: digital help for individuals; the sub-themes above say which serve volunteers',
  [`${DI}|thematiques|numerique--*`]: 'any other digital sub-theme: help for a person',
  [`${DI}|thematiques|numerique--acceder-a-des-services-en-ligne`]: PROCEDURES,
  [`${DI}|thematiques|numerique--acquerir-un-equipement`]: ACCESS,
  [`${DI}|thematiques|numerique--acceder-a-une-connexion-internet`]: ACCESS,
  [`${DI}|thematiques|numerique--acceder-a-du-materiel`]: ACCESS,
  [`${DI}|thematiques|numerique--s-equiper-en-materiel-informatique`]: ACCESS,
  [`${DI}|thematiques|numerique--realiser-des-demarches-administratives-avec-un-accompagnement`]: PROCEDURES,
  [`${DI}|thematiques|numerique--devenir-autonome-dans-les-demarches-administratives`]: PROCEDURES,
  [`${DI}|thematiques|numerique--accompagner-les-demarches-de-sante`]: 'a person’s health procedures',
  [`${DI}|thematiques|numerique--creer-et-developper-mon-entreprise`]: BUSINESS,
  [`${DI}|thematiques|numerique--creer-avec-le-numerique`]: 'creative activities for a person',
  [`${DI}|thematiques|numerique--favoriser-mon-insertion-professionnelle`]: JOBS,
  [`${DI}|thematiques|numerique--promouvoir-la-citoyennete-numerique`]: 'a person’s digital citizenship',
  [`${DI}|thematiques|numerique--soutenir-la-parentalite-et-l-education-avec-le-numerique`]: 'help for parents',
  [`${DI}|thematiques|illettrisme--utiliser-numerique`]: 'a person’s literacy',
  [`${DI}|thematiques|creation-activite`]: BUSINESS,
  [`${DI}|thematiques|creation-activite--*`]: BUSINESS,
  [`${DI}|thematiques|creer-une-entreprise--*`]: BUSINESS,
  [`${DI}|thematiques|remobilisation--benevolat-action-citoyenne`]: 'leads a person towards volunteering; not help for an association to find volunteers',
  [`${DI}|thematiques|remobilisation--participer-a-des-actions-solidaires-ou-de-benevolat`]: 'leads a person towards volunteering; not help for an association to find volunteers',
  [`${DI}|thematiques|trouver-un-emploi--*`]: JOBS,
  [`${DI}|thematiques|preparer-sa-candidature--*`]: JOBS,
  [`${DI}|thematiques|choisir-un-metier--*`]: JOBS,
};

