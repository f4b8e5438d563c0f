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

/**
 * The built-in questionnaire, French text: 24 questions over 6 dimensions and the 4 levels of the
 * 2022 study of French associations (DESIGN §1, §3.1). Its English text lives in
 * `questionnaire.en.ts`, keyed by the same ids.
 */
const questionnaire: Questionnaire = {
  id: 'cap-numerique-maturite',
  version: '2026.1',
  title: 'Diagnostic de maturité numérique de votre association',
  intro:
    "Ce diagnostic vous aide à faire le point sur la place du numérique dans votre association, en une vingtaine de questions simples.",
  aggregation: 'mean',

  dimensions: [
    {
      id: 'strategie',
      label: BUILTIN_DIMENSION_LABELS.strategie!,
      description:
        'La place du numérique dans votre projet associatif : qui le pilote, avec quel budget et quelle implication des élus.',
      themes: ['strategie', 'financement'],
    },
    {
      id: 'outils',
      label: BUILTIN_DIMENSION_LABELS.outils!,
      description:
        "Le matériel et les logiciels de l'association : ordinateurs, gestion des adhérents, comptabilité, services en ligne.",
      themes: ['outils', 'materiel'],
    },
    {
      id: 'competences',
      label: BUILTIN_DIMENSION_LABELS.competences!,
      description:
        "L'aisance de vos salariés et bénévoles avec le numérique, leur formation, et le fait de savoir à qui demander de l'aide.",
      themes: ['formation', 'emploi-benevolat'],
    },
    {
      id: 'communication',
      label: BUILTIN_DIMENSION_LABELS.communication!,
      description:
        "Comment vous faites connaître l'association et gardez le lien avec vos publics : site web, lettres d'information, réseaux sociaux, adhésions et dons en ligne, accessibilité.",
      themes: ['communication'],
    },
    {
      id: 'collaboration',
      label: BUILTIN_DIMENSION_LABELS.collaboration!,
      description:
        "Comment l'équipe travaille ensemble : documents partagés, réunions à distance, place des bénévoles qui ne viennent pas au local.",
      themes: ['collaboration', 'outils'],
    },
    {
      id: 'donnees',
      label: BUILTIN_DIMENSION_LABELS.donnees!,
      description:
        'La protection de vos fichiers et des informations que vous confient vos membres : sauvegardes, mots de passe, données personnelles, consentement.',
      themes: ['donnees-rgpd'],
    },
  ],

  questions: [
    // Stratégie et gouvernance du numérique
    {
      id: 'strategie-projet',
      dimension: 'strategie',
      type: 'single',
      label: 'Quelle place le numérique tient-il dans votre projet associatif ?',
      help: "Le projet associatif, c'est ce qui dit pourquoi votre association existe et ce qu'elle veut faire dans les années qui viennent. Il peut être écrit ou simplement partagé.",
      options: [
        { id: 'absent', label: "Nous n'en avons jamais vraiment parlé", score: 0 },
        { id: 'ponctuel', label: 'Nous en parlons quand un problème se pose (un ordinateur en panne, un site à refaire)', score: 1 },
        { id: 'regulier', label: 'Nous en parlons régulièrement, mais sans objectifs précis', score: 2 },
        { id: 'integre', label: "Nos priorités numériques sont écrites dans notre projet associatif ou notre plan d'action", score: 3 },
      ],
    },
    {
      id: 'strategie-pilotage',
      dimension: 'strategie',
      type: 'single',
      label: "Qui s'occupe du numérique dans l'association ?",
      options: [
        { id: 'personne', label: 'Personne en particulier : chacun se débrouille', score: 0 },
        { id: 'une-personne', label: 'Une personne de bonne volonté, souvent seule et débordée', score: 1 },
        { id: 'referent', label: 'Une personne référente, désignée, qui rend compte au bureau', score: 2 },
        { id: 'groupe', label: 'Un petit groupe (salariés, bénévoles, élus) qui se réunit et prépare les décisions', score: 3 },
      ],
    },
    {
      id: 'strategie-budget',
      dimension: 'strategie',
      type: 'single',
      label: 'Prévoyez-vous un budget pour le numérique ?',
      help: "Le budget numérique comprend le matériel, les abonnements aux logiciels, la formation et, si besoin, l'aide d'un prestataire.",
      options: [
        { id: 'aucun', label: 'Non, nous dépensons au coup par coup, quand quelque chose casse', score: 0 },
        { id: 'projet', label: "Nous trouvons de l'argent de temps en temps, pour un projet précis", score: 1 },
        { id: 'ligne', label: 'Une ligne de notre budget annuel est réservée au numérique', score: 2 },
        {
          id: 'finance',
          label: 'Nous avons une ligne budgétaire et nous cherchons aussi des financements (subventions, mécénat, tarifs solidaires)',
          score: 3,
        },
      ],
    },
    {
      id: 'strategie-elus',
      dimension: 'strategie',
      type: 'scale',
      label: "Votre conseil d'administration ou votre bureau s'implique-t-il dans les choix numériques ?",
      help: 'Par exemple : il en discute en réunion, valide le choix des outils et suit les dépenses.',
      options: SCALE,
    },

    // Outils et équipement
    {
      id: 'outils-materiel',
      dimension: 'outils',
      type: 'single',
      label: "Dans quel état est le matériel informatique de l'association ?",
      help: 'Le matériel, ce sont les ordinateurs, tablettes, téléphones, imprimantes et la connexion à internet.',
      options: [
        { id: 'personnel', label: "L'association n'a pas de matériel : chacun utilise son ordinateur ou son téléphone personnel", score: 0 },
        { id: 'ancien', label: 'Nous avons du matériel, mais il est ancien, lent ou souvent en panne', score: 1 },
        { id: 'suffisant', label: "Le matériel suffit pour l'essentiel, même s'il manque parfois un poste", score: 2 },
        { id: 'adapte', label: 'Le matériel est adapté, entretenu et renouvelé quand il le faut', score: 3 },
      ],
    },
    {
      id: 'outils-gestion',
      dimension: 'outils',
      type: 'multiple',
      label: "Quels outils utilisez-vous pour gérer l'association ?",
      help: "Un logiciel de gestion des adhérents tient à jour la liste de vos membres, leurs coordonnées et leurs cotisations, à la place d'un cahier ou d'un tableur. Le Compte Asso est le service en ligne de l'État pour les démarches et les demandes de subvention. Cochez tout ce que vous utilisez ; si rien ne correspond, ne cochez rien.",
      options: [
        { id: 'adherents', label: 'Un logiciel de gestion des adhérents', score: 1 },
        { id: 'comptabilite', label: 'Un logiciel ou un service en ligne de comptabilité', score: 1 },
        { id: 'inscriptions', label: 'Un outil pour gérer les inscriptions aux activités ou aux événements', score: 1 },
        { id: 'compte-asso', label: 'Le Compte Asso, pour vos démarches et vos demandes de subvention', score: 1 },
        { id: 'bureautique', label: 'Des logiciels de bureautique à jour (traitement de texte, tableur)', score: 1 },
      ],
    },
    {
      id: 'outils-cloud',
      dimension: 'outils',
      type: 'yes-no',
      label: "Utilisez-vous des services en ligne (le « cloud ») pour le travail de l'association ?",
      help: "Le « cloud » désigne des services que l'on utilise par internet : vos fichiers, votre messagerie ou votre agenda sont conservés sur des serveurs et restent accessibles depuis n'importe quel appareil.",
    },
    {
      id: 'outils-choix',
      dimension: 'outils',
      type: 'single',
      label: 'Comment choisissez-vous un nouvel outil numérique ?',
      options: [
        { id: 'habitude', label: "Par habitude : nous prenons ce que quelqu'un connaît déjà", score: 0 },
        { id: 'gratuit', label: 'Nous prenons ce qui est gratuit, sans trop comparer', score: 1 },
        { id: 'compare', label: 'Nous comparons quelques solutions avant de décider', score: 2 },
        {
          id: 'besoins',
          label: 'Nous partons de nos besoins, comparons (coût, données, facilité), testons, puis décidons ensemble',
          score: 3,
        },
      ],
    },

    // Compétences et accompagnement
    {
      id: 'competences-aisance',
      dimension: 'competences',
      type: 'scale',
      label: "Votre équipe (salariés et bénévoles) est-elle à l'aise avec les outils numériques du quotidien ?",
      help: 'Par exemple : envoyer un courriel avec une pièce jointe, retrouver un document partagé, participer à une visioconférence.',
      options: SCALE,
    },
    {
      id: 'competences-formation',
      dimension: 'competences',
      type: 'single',
      label: "Ces deux dernières années, des membres de l'équipe se sont-ils formés au numérique ?",
      options: [
        { id: 'aucune', label: 'Non, personne', score: 0 },
        { id: 'seuls', label: 'Quelques-uns, seuls, avec des tutoriels ou des vidéos', score: 1 },
        { id: 'ponctuelle', label: 'Oui, une ou deux personnes ont suivi une formation', score: 2 },
        { id: 'reguliere', label: 'Oui, nous proposons régulièrement des formations, y compris aux bénévoles', score: 3 },
      ],
    },
    {
      id: 'competences-contacts',
      dimension: 'competences',
      type: 'yes-no',
      label: 'Savez-vous à qui vous adresser quand vous avez une question sur le numérique ?',
      help: "Par exemple : une maison des associations, un point d'appui à la vie associative, votre fédération ou un conseiller numérique. Les conseillers numériques accompagnent gratuitement les habitants et les associations, souvent en mairie ou en médiathèque.",
    },
    {
      id: 'competences-accompagnement',
      dimension: 'competences',
      type: 'single',
      label: 'Avez-vous déjà été accompagnés sur le numérique par une structure extérieure ?',
      help: "Le DLA (Dispositif local d'accompagnement) aide gratuitement les associations employeuses à consolider leur activité, y compris sur le numérique.",
      showIf: { question: 'competences-contacts', anyOf: ['yes'] },
      options: [
        { id: 'jamais', label: 'Pas encore', score: 0 },
        { id: 'ponctuel', label: 'Oui, pour une question ponctuelle (un réglage, un conseil)', score: 1 },
        { id: 'projet', label: 'Oui, sur un projet précis (un site, un logiciel, une formation)', score: 2 },
        { id: 'suivi', label: "Oui, avec un accompagnement suivi dans le temps, par exemple dans le cadre d'un DLA", score: 3 },
      ],
    },

    // Communication et relation aux publics
    {
      id: 'communication-site',
      dimension: 'communication',
      type: 'yes-no',
      label: 'Votre association a-t-elle un site web ?',
      help: 'Un blog ou une page à votre nom sur le site de votre fédération compte aussi.',
    },
    {
      id: 'communication-site-a-jour',
      dimension: 'communication',
      type: 'single',
      label: 'Votre site est-il tenu à jour ?',
      showIf: { question: 'communication-site', anyOf: ['yes'] },
      options: [
        { id: 'abandonne', label: "Il n'a pas été modifié depuis plus d'un an", score: 0 },
        { id: 'parfois', label: "Nous le mettons à jour de temps en temps, quand quelqu'un y pense", score: 1 },
        { id: 'regulier', label: 'Il est mis à jour régulièrement, par une ou deux personnes', score: 2 },
        { id: 'partage', label: 'Plusieurs personnes savent le modifier et il suit toute notre actualité', score: 3 },
      ],
    },
    {
      id: 'communication-canaux',
      dimension: 'communication',
      type: 'multiple',
      label: 'Comment gardez-vous le lien avec vos adhérents et vos publics ?',
      help: "Une lettre d'information (ou « newsletter ») est un courriel envoyé régulièrement à une liste d'abonnés pour donner des nouvelles. Cochez tout ce que vous utilisez ; si rien ne correspond, ne cochez rien.",
      options: [
        { id: 'lettre', label: "Une lettre d'information par courriel", score: 1 },
        { id: 'reseaux', label: 'Une page ou un compte sur les réseaux sociaux, animé régulièrement', score: 1 },
        { id: 'groupe', label: 'Un groupe de discussion sur une messagerie (WhatsApp, Signal…)', score: 1 },
        { id: 'adhesion', label: "L'adhésion ou l'inscription en ligne", score: 1 },
        { id: 'dons', label: 'Les dons en ligne', score: 1 },
      ],
    },
    {
      id: 'communication-accessibilite',
      dimension: 'communication',
      type: 'scale',
      label: 'Ce que vous publiez (site, documents, réseaux sociaux) est-il pensé pour être accessible à tous ?',
      help: "L'accessibilité numérique permet à chacun, y compris aux personnes en situation de handicap, de lire et d'utiliser vos contenus : textes clairs, images décrites, vidéos sous-titrées, couleurs bien contrastées.",
      options: SCALE,
    },

    // Collaboration et organisation
    {
      id: 'collaboration-documents',
      dimension: 'collaboration',
      type: 'single',
      label: "Où sont rangés les documents de l'association ?",
      help: "Un espace partagé en ligne (parfois appelé « drive ») permet à plusieurs personnes d'ouvrir et de modifier les mêmes fichiers, depuis n'importe quel ordinateur.",
      options: [
        { id: 'personnels', label: 'Chacun garde ses fichiers sur son ordinateur personnel ou dans sa messagerie', score: 0 },
        { id: 'support', label: "Sur un ordinateur ou une clé USB de l'association, que l'on se passe", score: 1 },
        { id: 'partage', label: 'Dans un espace partagé en ligne, mais sans vrai rangement', score: 2 },
        { id: 'organise', label: 'Dans un espace partagé en ligne, bien rangé, où chacun retrouve ce dont il a besoin', score: 3 },
      ],
    },
    {
      id: 'collaboration-visio',
      dimension: 'collaboration',
      type: 'yes-no',
      label: 'Vous arrive-t-il de vous réunir en visioconférence ?',
      help: "La visioconférence permet de se réunir à distance, avec l'image et le son, depuis un ordinateur ou un téléphone. Une réunion peut aussi mêler personnes présentes et personnes à distance.",
    },
    {
      id: 'collaboration-distance',
      dimension: 'collaboration',
      type: 'scale',
      label: 'Un bénévole peut-il facilement contribuer à distance, sans passer au local ?',
      help: 'Par exemple : accéder aux documents, suivre les échanges, prendre en charge une tâche depuis chez lui.',
      options: SCALE,
    },
    {
      id: 'collaboration-pratiques',
      dimension: 'collaboration',
      type: 'multiple',
      label: 'Lesquelles de ces habitudes avez-vous prises ?',
      help: 'Cochez tout ce qui se pratique chez vous ; si rien ne correspond, ne cochez rien.',
      options: [
        { id: 'coedition', label: 'Nous écrivons parfois à plusieurs sur le même document en ligne', score: 1 },
        { id: 'agenda', label: "Nous partageons un agenda commun de l'association", score: 1 },
        { id: 'taches', label: 'Nous suivons « qui fait quoi » dans un tableau ou une liste de tâches partagée', score: 1 },
        { id: 'sondage', label: 'Nous utilisons des sondages en ligne pour fixer une date ou consulter les membres', score: 1 },
        { id: 'accueil', label: 'Un nouveau bénévole reçoit ses accès et une présentation des outils dès son arrivée', score: 1 },
      ],
    },

    // Données, sécurité et RGPD
    {
      id: 'donnees-sauvegarde',
      dimension: 'donnees',
      type: 'single',
      weight: 2,
      label: 'Comment vos fichiers sont-ils sauvegardés ?',
      help: 'Une sauvegarde est une copie de vos fichiers pour les retrouver après une panne, un vol ou un piratage. Elle est « externalisée » quand la copie est gardée ailleurs que dans vos locaux, par exemple dans un service en ligne.',
      options: [
        { id: 'aucune', label: 'Nous ne faisons pas de sauvegarde', score: 0 },
        { id: 'manuelle', label: "Quelqu'un fait une copie de temps en temps, sur une clé ou un disque dur", score: 1 },
        { id: 'locale', label: 'Nous faisons des copies régulières, mais elles restent dans nos locaux', score: 2 },
        { id: 'externalisee', label: 'Nos fichiers sont sauvegardés automatiquement, hors de nos locaux', score: 3 },
      ],
    },
    {
      id: 'donnees-securite',
      dimension: 'donnees',
      type: 'multiple',
      weight: 2,
      label: 'Quelles précautions prenez-vous pour protéger vos comptes et vos appareils ?',
      help: 'Un gestionnaire de mots de passe est un coffre-fort numérique qui retient vos mots de passe à votre place. La double authentification ajoute une seconde vérification (un code reçu par SMS ou dans une application) en plus du mot de passe. Cochez tout ce que vous faites ; si rien ne correspond, ne cochez rien.',
      options: [
        { id: 'mots-de-passe', label: 'Chaque compte a son propre mot de passe, long et difficile à deviner', score: 1 },
        { id: 'gestionnaire', label: 'Nous utilisons un gestionnaire de mots de passe', score: 1 },
        {
          id: 'double-authentification',
          label: 'La double authentification est activée sur les comptes importants (messagerie, banque, réseaux sociaux)',
          score: 1,
        },
        { id: 'depart', label: "Quand quelqu'un quitte l'association, nous retirons ses accès ou changeons les mots de passe", score: 1 },
        { id: 'mises-a-jour', label: 'Les ordinateurs et les téléphones sont mis à jour régulièrement', score: 1 },
      ],
    },
    {
      id: 'donnees-rgpd',
      dimension: 'donnees',
      type: 'single',
      label: 'Où en êtes-vous avec le RGPD ?',
      help: "Le RGPD (Règlement général sur la protection des données) est la loi européenne qui encadre l'usage des informations sur les personnes : nom, adresse, téléphone, santé… Il s'applique aussi aux petites associations.",
      options: [
        { id: 'inconnu', label: 'Nous ne savons pas vraiment ce que le RGPD nous demande', score: 0 },
        { id: 'notions', label: 'Nous en connaissons les grandes lignes, sans les avoir mises en pratique', score: 1 },
        { id: 'inventaire', label: 'Nous savons quelles données nous avons, où elles sont rangées et qui y a accès', score: 2 },
        {
          id: 'registre',
          label: 'Nous tenons un registre de nos fichiers, ne gardons que le nécessaire et effaçons les données trop anciennes',
          score: 3,
        },
      ],
    },
    {
      id: 'donnees-consentement',
      dimension: 'donnees',
      type: 'single',
      label: 'Quand vous recueillez des informations sur une personne (adhésion, inscription, photo), que lui dites-vous ?',
      help: "Informer les personnes sur l'usage de leurs données est toujours obligatoire. Pour certains usages, comme la lettre d'information ou les photos, il faut en plus leur consentement : un accord clair, par exemple une case à cocher.",
      options: [
        { id: 'rien', label: 'Rien de particulier', score: 0 },
        { id: 'oral', label: "Nous l'expliquons à l'oral si on nous pose la question", score: 1 },
        { id: 'mention', label: 'Nos formulaires indiquent à quoi servent les données', score: 2 },
        {
          id: 'complet',
          label: "Nos formulaires disent à quoi servent les données, combien de temps nous les gardons et comment exercer ses droits, et nous demandons l'accord pour les photos",
          score: 3,
        },
      ],
    },
  ],

  levels: [
    {
      ...BUILTIN_LEVELS[0]!,
      description:
        "Votre association fait ses premiers pas avec le numérique, comme beaucoup d'autres. Quelques gestes simples, choisis un par un, peuvent déjà vous faire gagner du temps et de la sérénité.",
    },
    {
      ...BUILTIN_LEVELS[1]!,
      description:
        "Votre association a posé des bases : des outils sont là et des habitudes se prennent. La prochaine étape est de les rendre plus sûres et mieux partagées au sein de l'équipe.",
    },
    {
      ...BUILTIN_LEVELS[2]!,
      description:
        'Votre association met le numérique au service de son projet et a de bonnes pratiques. Il reste quelques points à consolider pour avancer plus sereinement.',
    },
    {
      ...BUILTIN_LEVELS[3]!,
      description:
        "Votre association est bien outillée et ses pratiques sont solides. Continuez à les faire vivre, et n'hésitez pas à partager votre expérience avec d'autres associations.",
    },
  ],
};

export default questionnaire;
