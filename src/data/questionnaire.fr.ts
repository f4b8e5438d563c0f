import { BUILTIN_DIMENSION_LABELS, BUILTIN_LEVELS } from './builtin-meta.js';
import type { AnswerOption, Questionnaire } from '../core/types.js';

/** The five steps of every `scale` question, from "not at all" (0 point) to "fully" (4 points). */
const SCALE: AnswerOption[] = [
  { id: '1', label: '1 — Pas du tout', score: 0 },
  { id: '2', label: '2 — Un peu', score: 1 },
  { id: '3', label: '3 — En partie', score: 2 },
  { id: '4', label: '4 — Largement', score: 3 },
  { id: '5', label: '5 — Tout à fait', score: 4 },
];

/** Options worth 0, 1, 2… points in the order given. */
function graded(...options: [id: string, label: string][]): AnswerOption[] {
  return options.map(([id, label], score) => ({ id, label, score }));
}

/** Shown only to associations with (or without) paid staff. */
const EMPLOYER = { question: 'profil-equipe', anyOf: ['salaries'] };
const VOLUNTEERS_ONLY = { question: 'profil-equipe', anyOf: ['benevoles'] };

/**
 * The built-in questionnaire, French text: a short unscored profile, then 25 questions over 6
 * dimensions, and the project's own 4 levels. Each question scores what fits the association's
 * needs, one practice per question. Its English text lives in `questionnaire.en.ts`, its
 * descriptions and next steps in `recommendations.fr.ts` (both loaded later).
 */
const questionnaire: Questionnaire = {
  id: 'cap-numerique-maturite',
  version: '2026.2',
  title: 'Diagnostic de maturité numérique de votre association',
  intro:
    "Faites le point sur la place du numérique dans votre association : quatre questions sur l’association, puis 25 questions simples. « Je ne sais pas » est une réponse utile : elle compte comme la réponse la plus basse, car savoir où l’on en est fait partie du diagnostic.",
  aggregation: 'mean',

  profile: [
    {
      id: 'profil-equipe',
      type: 'single',
      label: "Qui fait vivre l’association ?",
      allowUnknown: false,
      options: [
        { id: 'benevoles', label: 'Uniquement des bénévoles' },
        { id: 'salaries', label: 'Des bénévoles et au moins une personne salariée' },
      ],
    },
    {
      id: 'profil-taille',
      type: 'single',
      label: "Combien de personnes participent régulièrement à la vie de l’association (bénévoles actifs et salariés) ?",
      allowUnknown: false,
      options: [
        { id: '1-5', label: 'De 1 à 5' },
        { id: '6-20', label: 'De 6 à 20' },
        { id: '21-50', label: 'De 21 à 50' },
        { id: '51-plus', label: 'Plus de 50' },
      ],
    },
    {
      id: 'profil-budget',
      type: 'single',
      label: "Quel est le budget annuel de l’association ?",
      options: [
        { id: 'moins-10k', label: 'Moins de 10 000 €' },
        { id: '10k-50k', label: 'De 10 000 € à 49 999 €' },
        { id: '50k-200k', label: 'De 50 000 € à 199 999 €' },
        { id: '200k-plus', label: '200 000 € ou plus' },
      ],
    },
    {
      id: 'profil-federation',
      type: 'yes-no',
      label: "L’association est-elle membre d’une fédération ou d’un réseau associatif ?",
    },
  ],

  // Support themes a structure should offer to help on each dimension (the finder's pre-filter):
  // governance (bureau, CA, decisions) is also the association's statutory life (`juridique`);
  // backups, accounts and fraud are security (`cybersecurite`), personal data is `donnees-rgpd`.
  dimensions: [
    { id: 'strategie', label: BUILTIN_DIMENSION_LABELS.strategie!, themes: ['strategie', 'financement', 'juridique'] },
    { id: 'outils', label: BUILTIN_DIMENSION_LABELS.outils!, themes: ['outils', 'materiel'] },
    { id: 'competences', label: BUILTIN_DIMENSION_LABELS.competences!, themes: ['formation', 'emploi-benevolat'] },
    { id: 'communication', label: BUILTIN_DIMENSION_LABELS.communication!, themes: ['communication'] },
    { id: 'collaboration', label: BUILTIN_DIMENSION_LABELS.collaboration!, themes: ['collaboration', 'outils'] },
    { id: 'donnees', label: BUILTIN_DIMENSION_LABELS.donnees!, themes: ['cybersecurite', 'donnees-rgpd'] },
  ],

  questions: [
    // Stratégie et gouvernance du numérique
    {
      id: 'strategie-projet',
      dimension: 'strategie',
      type: 'single',
      allowNotApplicable: false,
      label: 'Le numérique a-t-il une place dans votre projet associatif ?',
      help: "Le projet associatif dit pourquoi l’association existe et ce qu’elle veut faire dans les années qui viennent. Il peut être écrit ou simplement partagé.",
      options: graded(
        ['jamais', "Nous n’en avons jamais parlé ensemble"],
        ['probleme', 'Nous en parlons quand un problème se pose (une panne, un outil à changer)'],
        ['regulier', 'Nous en parlons régulièrement, sans objectifs écrits'],
        ['objectifs', 'Nous avons fixé quelques objectifs numériques, écrits dans notre projet ou notre plan d’action'],
      ),
    },
    {
      id: 'strategie-pilotage',
      dimension: 'strategie',
      type: 'single',
      allowNotApplicable: false,
      label: "Qui s’occupe du numérique dans l’association ?",
      options: graded(
        ['personne', 'Personne en particulier : chacun fait comme il peut'],
        ['de-fait', "Une personne s’en charge, sans que ce soit décidé ensemble"],
        ['designe', 'Une personne ou un petit groupe désigné, mais personne ne sait prendre le relais'],
        ['relais', 'Une personne ou un petit groupe désigné, et une autre personne sait prendre le relais'],
      ),
    },
    {
      id: 'strategie-depenses',
      dimension: 'strategie',
      type: 'single',
      allowNotApplicable: false,
      label: 'Comment décidez-vous des dépenses numériques (matériel, abonnements, formation) ?',
      help: 'Utiliser des outils gratuits ou libres est un choix comme un autre : ce qui compte ici, c’est que les dépenses soient prévues et décidées ensemble.',
      options: graded(
        ['au-coup-par-coup', 'Au coup par coup, quand quelque chose casse ou manque'],
        ['au-moment', 'Nous en discutons au moment de dépenser, sans prévoir à l’avance'],
        ['prevu', 'Nous les prévoyons dans le budget de l’année, même quand le montant est faible ou nul'],
      ),
    },
    {
      id: 'strategie-dirigeants',
      dimension: 'strategie',
      type: 'scale',
      allowNotApplicable: false,
      label: 'Les dirigeants bénévoles (bureau, conseil d’administration) participent-ils aux choix numériques ?',
      help: 'Par exemple : ils en discutent en réunion, valident le choix d’un outil, suivent les dépenses.',
      options: SCALE,
    },

    // Outils et équipement
    {
      id: 'outils-materiel',
      dimension: 'outils',
      type: 'single',
      allowNotApplicable: false,
      label: "Le matériel dont l’association a besoin (ordinateurs, téléphones, connexion à internet) répond-il à ses besoins ?",
      help: "Peu importe qu’il appartienne à l’association ou aux bénévoles : la question est de savoir s’il permet de faire ce que vous avez à faire.",
      options: graded(
        ['gene', 'Non : il manque ou tombe souvent en panne, et cela gêne l’activité'],
        ['difficultes', 'Il suffit pour l’essentiel, avec des difficultés régulières'],
        ['adapte', 'Oui, il répond à nos besoins'],
      ),
    },
    {
      id: 'outils-gestion',
      dimension: 'outils',
      type: 'single',
      label: 'Vos outils pour suivre les adhésions et les comptes vous conviennent-ils ?',
      help: 'Un cahier, un tableur ou un logiciel : ce qui compte, c’est que l’outil vous fasse gagner du temps et ne dépende pas d’une seule personne.',
      options: graded(
        ['perte', 'Non : nous perdons du temps ou des informations'],
        ['une-personne', 'Ils conviennent, mais une seule personne sait s’en servir'],
        ['partages', 'Ils conviennent et au moins deux personnes savent s’en servir'],
      ),
    },
    {
      id: 'outils-comptes',
      dimension: 'outils',
      type: 'single',
      allowNotApplicable: false,
      label: "À qui appartiennent les comptes en ligne de l’association (messagerie, nom de domaine, réseaux sociaux, banque en ligne) ?",
      help: "Le nom de domaine est l’adresse de votre site ou de vos courriels (par exemple monasso.fr). Ouvert au nom d’un bénévole qui s’en va, il peut être perdu pour l’association.",
      options: graded(
        ['personnels', 'La plupart sont au nom personnel d’un membre'],
        ['un-acces', 'Ils sont au nom de l’association, mais une seule personne en détient les accès'],
        ['deux-acces', 'Ils sont au nom de l’association et au moins deux personnes en détiennent les accès'],
      ),
    },
    {
      id: 'outils-durable',
      dimension: 'outils',
      type: 'single',
      label: 'Quand il faut du matériel, que faites-vous le plus souvent ?',
      options: graded(
        ['neuf', 'Nous achetons du matériel neuf'],
        ['parfois', 'Nous regardons parfois la réparation, le don ou le reconditionné'],
        ['priorite', 'Nous réparons, récupérons ou achetons reconditionné en priorité, et faisons durer le matériel'],
      ),
    },

    // Compétences et accompagnement
    {
      id: 'competences-aisance',
      dimension: 'competences',
      type: 'scale',
      allowNotApplicable: false,
      label: "Les personnes qui font vivre l’association sont-elles à l’aise avec les outils numériques qu’elles utilisent ?",
      help: 'Par exemple : envoyer un courriel avec une pièce jointe, retrouver un document partagé, participer à une visioconférence.',
      options: SCALE,
    },
    {
      id: 'competences-formation-benevoles',
      dimension: 'competences',
      type: 'single',
      allowNotApplicable: false,
      showIf: VOLUNTEERS_ONLY,
      label: 'Ces deux dernières années, des bénévoles ont-ils appris à mieux se servir des outils de l’association ?',
      options: graded(
        ['non', 'Non, pas vraiment'],
        ['seuls', 'Quelques personnes, chacune de son côté'],
        ['organise', 'Oui, de façon organisée : atelier, formation ou entraide prévue pour cela'],
      ),
    },
    {
      id: 'competences-formation-equipe',
      dimension: 'competences',
      type: 'single',
      allowNotApplicable: false,
      showIf: EMPLOYER,
      label: 'Ces deux dernières années, des salariés ou des bénévoles se sont-ils formés au numérique ?',
      help: 'La formation des salariés peut être financée par l’opérateur de compétences (OPCO) de votre branche ; celle des bénévoles, par exemple par le FDVA.',
      options: graded(
        ['non', 'Non, pas vraiment'],
        ['seuls', 'Quelques personnes, chacune de son côté'],
        ['organise', 'Oui, de façon organisée : formations prévues, ateliers ou entraide prévue pour cela'],
      ),
    },
    {
      id: 'competences-contacts',
      dimension: 'competences',
      type: 'yes-no',
      role: 'whom-to-ask',
      allowNotApplicable: false,
      label: 'Savez-vous à qui vous adresser quand vous avez une question sur le numérique ?',
      help: 'Par exemple : une maison des associations, une structure du réseau Guid’Asso, votre fédération, un conseiller numérique.',
    },
    {
      id: 'competences-echanges',
      dimension: 'competences',
      type: 'single',
      allowNotApplicable: false,
      label: "Échangez-vous sur le numérique avec d’autres associations (fédération, réseau, associations voisines) ?",
      options: graded(
        ['non', 'Non'],
        ['parfois', 'De temps en temps, de façon informelle'],
        ['regulier', 'Régulièrement : rencontres, groupe d’échange, outils ou ressources partagés'],
      ),
    },

    // Communication et relation aux publics
    {
      id: 'communication-trouver',
      dimension: 'communication',
      type: 'single',
      label: 'Une personne qui cherche votre association trouve-t-elle facilement en ligne ses informations pratiques (activités, horaires, contact) ?',
      help: 'Sur votre site, une page de réseau social, l’annuaire de votre commune ou de votre fédération : un seul endroit tenu à jour suffit.',
      options: graded(
        ['non', 'Non, ou les informations sont anciennes'],
        ['en-partie', 'En partie : certaines informations manquent ou ne sont pas à jour'],
        ['oui', 'Oui, elles sont complètes et à jour'],
      ),
    },
    {
      id: 'communication-lien',
      dimension: 'communication',
      type: 'single',
      allowNotApplicable: false,
      label: 'Vos membres et vos publics reçoivent-ils vos informations à temps ?',
      help: 'Lettre d’information, groupe de discussion, réseau social, affichage… Mieux vaut un ou deux canaux bien tenus que beaucoup.',
      options: graded(
        ['souvent-non', 'Souvent non : des personnes passent à côté de l’information'],
        ['plupart', 'La plupart du temps, mais certains publics nous échappent'],
        ['oui', 'Oui, par des canaux choisis pour eux et tenus à jour'],
      ),
    },
    {
      id: 'communication-hors-ligne',
      dimension: 'communication',
      type: 'single',
      label: "Les personnes qui n’utilisent pas internet peuvent-elles suivre la vie de l’association et y adhérer ?",
      help: 'Répondez « Non concerné » si tous vos membres et vos publics utilisent internet.',
      options: graded(
        ['non', 'Non, presque tout passe par internet'],
        ['au-cas-par-cas', 'En partie, au cas par cas'],
        ['oui', 'Oui : un canal sans internet est prévu (téléphone, courrier, affichage, permanence) et l’adhésion est possible sur papier'],
      ),
    },
    {
      id: 'communication-accessibilite',
      dimension: 'communication',
      type: 'scale',
      label: 'Ce que vous publiez (site, documents, réseaux sociaux) est-il pensé pour être lisible par tous, y compris les personnes en situation de handicap ?',
      help: 'Par exemple : textes clairs, images décrites, vidéos sous-titrées, couleurs bien contrastées.',
      options: SCALE,
    },

    // Collaboration et organisation
    {
      id: 'collaboration-documents',
      dimension: 'collaboration',
      type: 'single',
      allowNotApplicable: false,
      label: "Où sont rangés les documents dont l’équipe a besoin ?",
      options: graded(
        ['chacun', 'Chacun garde les siens : on ne retrouve pas toujours le bon document'],
        ['commun', 'À un endroit commun (ordinateur, disque, espace en ligne), sans organisation claire'],
        ['range', 'À un endroit commun, rangé, où chacun retrouve ce dont il a besoin'],
      ),
    },
    {
      id: 'collaboration-reunions',
      dimension: 'collaboration',
      type: 'single',
      label: 'Une personne qui ne peut pas se déplacer peut-elle participer aux réunions et aux décisions à distance (visioconférence, téléphone, vote en ligne) ?',
      options: graded(
        ['non', 'Non'],
        ['parfois', 'Parfois, quand quelqu’un y pense'],
        ['prevu', 'Oui, c’est prévu quand c’est utile'],
      ),
    },
    {
      id: 'collaboration-distance',
      dimension: 'collaboration',
      type: 'single',
      label: 'Un bénévole peut-il prendre en charge une tâche sans passer au local (accès aux documents, suivi de qui fait quoi) ?',
      help: 'Répondez « Non concerné » si toutes vos activités se font sur place.',
      options: graded(
        ['non', 'Non, il faut passer au local ou demander à quelqu’un'],
        ['en-partie', 'En partie'],
        ['oui', 'Oui'],
      ),
    },

    // Données, sécurité et RGPD
    {
      id: 'donnees-sauvegarde',
      dimension: 'donnees',
      type: 'single',
      allowNotApplicable: false,
      label: "Comment les fichiers importants de l’association sont-ils sauvegardés ?",
      help: 'Une sauvegarde est une copie séparée, que l’on peut récupérer après une panne, un vol, une erreur ou un piratage. Un dossier synchronisé en ligne n’est pas une sauvegarde : un fichier effacé ou abîmé l’est aussi dans la copie.',
      options: graded(
        ['aucune', 'Aucune sauvegarde, ou seulement un dossier synchronisé en ligne'],
        ['parfois', 'Quelqu’un fait une copie de temps en temps'],
        ['meme-lieu', 'Des copies régulières, gardées au même endroit que les originaux'],
        ['ailleurs', 'Des copies régulières, dont une gardée ailleurs, et nous avons déjà vérifié qu’on peut les relire'],
      ),
    },
    {
      id: 'donnees-comptes',
      dimension: 'donnees',
      type: 'single',
      allowNotApplicable: false,
      label: "Comment les comptes de l’association (messagerie, banque, réseaux sociaux, outils en ligne) sont-ils protégés ?",
      help: 'Un gestionnaire de mots de passe retient les mots de passe à votre place. La double authentification demande, en plus du mot de passe, un code reçu sur un téléphone.',
      options: graded(
        ['partages', 'Les mêmes mots de passe servent pour plusieurs comptes ou circulent entre plusieurs personnes'],
        ['uniques', 'Chaque compte a son propre mot de passe, connu seulement de ceux qui en ont besoin'],
        ['geres', 'En plus, les mots de passe sont rangés dans un gestionnaire et changés quand quelqu’un part'],
        ['double', 'En plus, la double authentification protège les comptes importants'],
      ),
    },
    {
      id: 'donnees-fraude',
      dimension: 'donnees',
      type: 'single',
      allowNotApplicable: false,
      label: 'Si un message urgent demande un virement, un changement de coordonnées bancaires ou un mot de passe, même au nom du président, que se passe-t-il ?',
      help: 'L’hameçonnage est un faux message qui cherche à obtenir un mot de passe. Dans la « fraude au président », un escroc se fait passer pour un dirigeant pour obtenir un virement urgent.',
      options: graded(
        ['rien', 'Rien n’est prévu : chacun réagit comme il peut'],
        ['mefiance', 'Les personnes concernées savent qu’il faut se méfier, mais rien n’est convenu'],
        ['verification', 'C’est convenu : on vérifie par un autre moyen (un appel à un numéro connu) avant tout virement ou changement de coordonnées bancaires'],
      ),
    },
    {
      id: 'donnees-rgpd',
      dimension: 'donnees',
      type: 'single',
      allowNotApplicable: false,
      label: "Savez-vous quelles informations personnelles l’association conserve (adhérents, bénévoles, personnes accompagnées), où elles sont et qui y a accès ?",
      help: 'Le RGPD (règlement général sur la protection des données) s’applique à toutes les associations, même petites.',
      options: graded(
        ['non', 'Non, pas vraiment'],
        ['en-gros', 'En gros, mais rien n’est écrit'],
        ['ecrit', 'Oui : c’est écrit (un registre simple suffit) et nous effaçons ce qui ne sert plus'],
      ),
    },
    {
      id: 'donnees-information',
      dimension: 'donnees',
      type: 'single',
      allowNotApplicable: false,
      label: 'Quand vous recueillez des informations sur une personne (adhésion, inscription), que lui dites-vous ?',
      help: 'Informer les personnes est toujours obligatoire. Pour écrire à vos membres sur la vie de l’association, leur accord préalable n’est en général pas exigé, mais ils doivent pouvoir refuser. Pour publier la photo d’une personne reconnaissable, il faut son autorisation (droit à l’image).',
      options: graded(
        ['rien', 'Rien de particulier'],
        ['oral', 'Nous l’expliquons à l’oral si on nous le demande'],
        ['ecrit', 'Nos formulaires disent à quoi servent les informations, combien de temps nous les gardons et comment exercer ses droits'],
      ),
    },
    {
      id: 'donnees-ia',
      dimension: 'donnees',
      type: 'single',
      label: 'Si des membres utilisent des outils d’intelligence artificielle générative (ChatGPT, Le Chat, Copilot…) pour l’association, avez-vous convenu de ce qu’on peut y mettre ?',
      help: 'Répondez « Non concerné » si personne ne s’en sert pour l’association.',
      options: graded(
        ['aucune-regle', 'Non, chacun fait comme il l’entend'],
        ['parle', 'Nous en avons parlé, sans règle convenue'],
        ['regles', 'Oui : pas d’informations personnelles ni confidentielles, et on relit ce qui est produit avant de s’en servir'],
      ),
    },
  ],

  levels: BUILTIN_LEVELS,
};

export default questionnaire;
