import type { NextStep, ShowIf } from '../core/types.js';

/**
 * What the built-in questionnaire says once the results are in (French): a description of each
 * dimension, the next steps of each dimension at each level, and a description of each level. Kept
 * apart from the questions so that the quiz page does not carry them: they load while the quiz is
 * answered. Steps with a `showIf` are given only for that profile (no DLA, no paid tools, no
 * salaried roles for an association run by volunteers only). Every address was checked to be the
 * organisation's own.
 */
export interface BuiltinDetails {
  dimensions: Record<string, { description: string; recommendations: Record<string, NextStep[]> }>;
  levels: Record<string, string>;
}

const EMPLOYER: ShowIf = { question: 'profil-equipe', anyOf: ['salaries'] };
const VOLUNTEERS_ONLY: ShowIf = { question: 'profil-equipe', anyOf: ['benevoles'] };

const LINKS = {
  fdva: { url: 'https://www.associations.gouv.fr/le-fdva.html', linkLabel: 'Le FDVA (associations.gouv.fr)' },
  dla: { url: 'https://www.info-dla.fr/', linkLabel: 'Le Dispositif local d’accompagnement (DLA)' },
  franceActive: { url: 'https://www.franceactive.org/', linkLabel: 'France Active' },
  solidatech: { url: 'https://www.solidatech.fr/', linkLabel: 'Solidatech' },
  chatons: { url: 'https://chatons.org/', linkLabel: 'CHATONS, le collectif des hébergeurs alternatifs' },
  conseillers: { url: 'https://www.conseiller-numerique.gouv.fr/', linkLabel: 'Les conseillers numériques' },
  rgaa: { url: 'https://accessibilite.numerique.gouv.fr/', linkLabel: 'Le référentiel d’accessibilité (RGAA)' },
  cyber: { url: 'https://www.cybermalveillance.gouv.fr/', linkLabel: 'Cybermalveillance.gouv.fr' },
  monAideCyber: { url: 'https://monaide.cyber.gouv.fr/', linkLabel: 'MonAideCyber' },
  cnil: { url: 'https://www.cnil.fr/', linkLabel: 'La CNIL' },
} satisfies Record<string, Pick<NextStep, 'url' | 'linkLabel'>>;

/** Peer exchange, with the only figure of the study that speaks of it. */
const PEER_EXCHANGE =
  "Échangez avec d’autres associations : votre fédération, votre réseau ou des associations voisines ont souvent résolu les mêmes questions. Parmi les dirigeants associatifs interrogés au printemps 2022, 24 % citent l’échange d’expériences avec d’autres associations comme un levier pour progresser, plus que les échanges internes (15 %) (enquête Solidatech et Recherches & Solidarités).";

const details: BuiltinDetails = {
  dimensions: {
    strategie: {
      description:
        'La place du numérique dans votre projet associatif : qui le pilote, comment les dépenses sont décidées, et la participation des dirigeants bénévoles (bureau, CA).',
      recommendations: {
        'peu-initiee': [
          { text: "Inscrivez le numérique à l’ordre du jour de votre prochaine réunion de bureau et notez en une demi-page ce qui vous fait perdre du temps aujourd’hui." },
          { text: 'Désignez une personne pour suivre les questions numériques, même quelques heures par mois, et une seconde pour prendre le relais.' },
          { text: "Faites-vous aider pour faire le point : les structures du réseau Guid’Asso et les maisons des associations accompagnent gratuitement toutes les associations." },
        ],
        'en-demarrage': [
          { text: "Listez vos trois priorités numériques pour l’année et rattachez chacune à un objectif de votre projet associatif." },
          { text: 'Prévoyez une ligne « numérique » dans votre budget, même modeste ou nulle si vous choisissez des outils gratuits : matériel, abonnements, formation.' },
          {
            text: 'Pour financer un projet, le FDVA « fonctionnement et innovation » soutient en priorité les petites associations, de tous les secteurs ; la demande se fait sur Le Compte Asso.',
            ...LINKS.fdva,
          },
        ],
        'en-progression': [
          { text: "Présentez au conseil d’administration un court bilan de vos outils : ce qui marche, ce qui coûte, ce qui manque." },
          { text: "Écrivez une feuille de route numérique sur un ou deux ans et faites-la valider par le conseil d’administration." },
          {
            text: "Association employeuse : le Dispositif local d’accompagnement (DLA) peut vous accompagner gratuitement pour consolider votre projet et vos emplois, y compris sur le numérique.",
            showIf: EMPLOYER,
            ...LINKS.dla,
          },
          {
            text: "Demandez à une maison des associations ou à une structure du réseau Guid’Asso un regard extérieur sur votre feuille de route : leur accompagnement est gratuit.",
            showIf: VOLUNTEERS_ONLY,
          },
        ],
        'bien-outillee': [
          { text: "Faites chaque année le bilan de votre feuille de route numérique et présentez-le à l’assemblée générale." },
          { text: "Partagez votre expérience avec d’autres associations de votre réseau ou de votre territoire, par exemple lors d’un temps d’échange." },
          {
            text: 'Pour un projet numérique plus ambitieux, France Active accompagne et finance les projets des associations employeuses.',
            showIf: EMPLOYER,
            ...LINKS.franceActive,
          },
        ],
      },
    },
    outils: {
      description:
        "Le matériel et les logiciels de l’association, ses outils de gestion, les comptes en ligne ouverts à son nom et la durée de vie de son équipement.",
      recommendations: {
        'peu-initiee': [
          { text: "Faites la liste des comptes en ligne de l’association (messagerie, nom de domaine, réseaux sociaux, banque) : au nom de qui sont-ils, et qui y a accès ?" },
          { text: "Créez une adresse de messagerie au nom de l’association et donnez-en l’accès à au moins deux personnes." },
          {
            text: 'Des hébergeurs associatifs proposent des services en ligne libres, souvent gratuits ou à prix libre : agenda, documents partagés, sondages.',
            showIf: VOLUNTEERS_ONLY,
            ...LINKS.chatons,
          },
          {
            text: 'Découvrez les logiciels à tarif solidaire et le matériel reconditionné proposés aux associations.',
            showIf: EMPLOYER,
            ...LINKS.solidatech,
          },
        ],
        'en-demarrage': [
          { text: "Transférez au nom de l’association les comptes ouverts au nom d’un membre, en commençant par le nom de domaine et la messagerie." },
          { text: "Avant d’adopter un outil, écrivez vos besoins en quelques lignes et essayez-en deux : un tableur bien tenu vaut souvent mieux qu’un logiciel que personne n’utilise." },
          { text: 'Pour le matériel, pensez d’abord à la réparation, au don et au reconditionné.' },
        ],
        'en-progression': [
          { text: 'Notez qui détient les accès de chaque compte et prévoyez au moins deux personnes pour chaque compte important.' },
          { text: 'Faites le tri dans vos abonnements : arrêtez ceux qui ne servent plus.' },
          {
            text: 'Pour vos outils en ligne, comparez avec les services libres des hébergeurs associatifs, souvent gratuits ou à prix libre.',
            showIf: VOLUNTEERS_ONLY,
            ...LINKS.chatons,
          },
          {
            text: 'Vérifiez s’il existe un tarif associatif pour les logiciels que vous payez.',
            showIf: EMPLOYER,
            ...LINKS.solidatech,
          },
        ],
        'bien-outillee': [
          { text: "Rédigez une courte fiche par outil (à quoi il sert, qui l’administre, ce qu’il coûte) pour faciliter les passations." },
          { text: 'Faites durer votre matériel : entretien, réparation, reconditionné, et une seconde vie pour les appareils que vous remplacez.' },
          { text: 'Une fois par an, demandez à vos membres quels outils les aident et lesquels les gênent.' },
        ],
      },
    },
    competences: {
      description:
        "L’aisance de celles et ceux qui font vivre l’association avec le numérique, leur formation, les échanges avec d’autres associations et le fait de savoir à qui demander de l’aide.",
      recommendations: {
        'peu-initiee': [
          { text: 'Demandez à chacun ce qui le gêne le plus avec le numérique, et choisissez ensemble un premier sujet à apprendre.' },
          {
            text: 'Les conseillers numériques aident gratuitement chacun à prendre en main les outils du quotidien (messagerie, documents, visioconférence), souvent en médiathèque, en mairie ou dans un espace France Services : vos bénévoles peuvent s’y former.',
            ...LINKS.conseillers,
          },
        ],
        'en-demarrage': [
          { text: "Organisez un atelier d’une heure où une personne à l’aise montre un outil aux autres." },
          {
            text: 'Le FDVA « formation des bénévoles » finance des formations pour les bénévoles : renseignez-vous auprès de votre fédération ou des services de l’État de votre région.',
            ...LINKS.fdva,
          },
          { text: 'Pour les salariés, demandez à votre opérateur de compétences (OPCO) ce qu’il peut financer.', showIf: EMPLOYER },
        ],
        'en-progression': [
          { text: "Prévoyez les formations de l’année, en commençant par les personnes qui utilisent le plus les outils." },
          { text: "Écrivez de courts pas-à-pas (une page, quelques captures d’écran) pour les tâches que l’on fait souvent." },
          { text: PEER_EXCHANGE },
        ],
        'bien-outillee': [
          { text: 'Formez des binômes, pour que chaque savoir-faire important soit maîtrisé par au moins deux personnes.' },
          { text: "Proposez votre aide à d’autres associations de votre territoire, par exemple en animant un atelier partagé." },
          { text: 'Faites le point chaque année sur les nouveaux besoins : sécurité, accessibilité, intelligence artificielle.' },
        ],
      },
    },
    communication: {
      description:
        "Comment vous faites connaître l’association et gardez le lien avec vos membres et vos publics, en ligne comme hors ligne, et l’accessibilité de ce que vous publiez.",
      recommendations: {
        'peu-initiee': [
          { text: "Choisissez un endroit en ligne où vos informations pratiques seront toujours à jour : votre site, un réseau social ou l’annuaire de votre commune." },
          { text: "Demandez à vos membres par quel moyen ils préfèrent recevoir vos nouvelles, et gardez un moyen sans internet pour ceux qui n’en ont pas." },
        ],
        'en-demarrage': [
          { text: "Fixez-vous un rythme réaliste, par exemple une lettre d’information par trimestre, et tenez-le." },
          { text: "Choisissez un ou deux canaux, là où se trouvent vos publics, plutôt que d’essayer d’être partout." },
          { text: "Si cela vous fait gagner du temps, proposez l’adhésion en ligne, tout en gardant l’adhésion sur papier." },
        ],
        'en-progression': [
          {
            text: "Appliquez les bases de l’accessibilité : des textes clairs, des images décrites, des vidéos sous-titrées et des couleurs bien contrastées.",
            ...LINKS.rgaa,
          },
          { text: 'Préparez un calendrier des publications du trimestre, partagé entre les personnes qui publient.' },
          { text: 'Vérifiez que les personnes sans internet reçoivent les mêmes informations : affichage, courrier, téléphone, permanence.' },
        ],
        'bien-outillee': [
          {
            text: "Faites vérifier l’accessibilité de votre site et de vos documents, si possible par des personnes en situation de handicap.",
            ...LINKS.rgaa,
          },
          { text: "Donnez la parole à vos bénévoles et à vos bénéficiaires dans vos publications, avec leur autorisation pour les photos (droit à l’image)." },
          { text: 'Une fois par an, regardez ce que votre communication apporte : adhésions, participation, soutiens.' },
        ],
      },
    },
    collaboration: {
      description:
        "Comment l’équipe travaille ensemble : documents partagés, réunions à distance quand c’est utile, place des bénévoles qui ne viennent pas au local.",
      recommendations: {
        'peu-initiee': [
          {
            text: "Choisissez un endroit commun, au nom de l’association, pour les documents essentiels (statuts, comptes, comptes rendus). Des hébergeurs associatifs proposent des espaces partagés libres.",
            ...LINKS.chatons,
          },
          { text: "Mettez-vous d’accord sur un seul canal pour les échanges de l’équipe, au lieu de mélanger courriels, SMS et appels." },
        ],
        'en-demarrage': [
          { text: 'Définissez un rangement simple pour vos dossiers partagés (Administratif, Activités, Communication, Finances) et présentez-le à tous.' },
          { text: 'Tenez un tableau partagé « qui fait quoi » pour suivre les tâches en cours.' },
          { text: 'Proposez de participer à distance à certaines réunions, pour inclure les personnes éloignées ou occupées en journée.' },
        ],
        'en-progression': [
          { text: "Préparez un kit d’accueil pour les nouveaux bénévoles : leurs accès, les outils utilisés et où trouver quoi." },
          { text: 'Adoptez quelques règles communes : comment nommer les fichiers, quel canal pour quel sujet, quand on est disponible.' },
          { text: 'Une fois par an, faites le ménage dans les espaces partagés et retirez les accès des personnes qui sont parties.' },
        ],
        'bien-outillee': [
          { text: "Écrivez vos façons de travailler ensemble, pour qu’elles résistent aux changements d’équipe." },
          { text: "Demandez régulièrement aux bénévoles qui participent à distance ce qui les aide à s’impliquer." },
          { text: "Partagez vos modèles (rangement des dossiers, kit d’accueil) avec d’autres associations." },
        ],
      },
    },
    donnees: {
      description:
        "La protection des fichiers et des informations que vous confient vos membres : sauvegardes, mots de passe, arnaques, données personnelles et usage de l’intelligence artificielle.",
      recommendations: {
        'peu-initiee': [
          { text: "Dès ce mois-ci, copiez vos fichiers importants sur un disque gardé ailleurs que les originaux. Un dossier synchronisé ne suffit pas : un fichier effacé ou piraté l’est aussi dans la copie." },
          {
            text: 'Convenez d’une règle simple : aucun virement ni changement de coordonnées bancaires sans vérification par téléphone, à un numéro déjà connu. Cybermalveillance.gouv.fr explique les arnaques courantes et aide gratuitement les victimes.',
            ...LINKS.cyber,
          },
          {
            text: 'Découvrez ce que le RGPD demande à une association : la CNIL publie un guide de sensibilisation au RGPD pour les associations.',
            ...LINKS.cnil,
          },
        ],
        'en-demarrage': [
          { text: 'Mettez en place une sauvegarde automatique et vérifiez chaque trimestre que vous savez récupérer un fichier.' },
          {
            text: "Activez la double authentification sur la messagerie, la banque en ligne et les réseaux sociaux de l’association.",
            ...LINKS.cyber,
          },
          {
            text: 'Faites la liste des fichiers qui contiennent des informations personnelles (adhérents, donateurs, personnes accompagnées) et de qui peut y accéder.',
            ...LINKS.cnil,
          },
        ],
        'en-progression': [
          { text: 'Adoptez un gestionnaire de mots de passe partagé, pour ne plus faire circuler les mots de passe par courriel ou sur papier.' },
          {
            text: 'Tenez un registre simple de vos fichiers d’informations personnelles et fixez pour chacun une durée de conservation.',
            ...LINKS.cnil,
          },
          {
            text: 'Faites faire gratuitement un diagnostic de cybersécurité de premier niveau par un « Aidant cyber ».',
            ...LINKS.monAideCyber,
          },
          { text: "Convenez de règles pour l’intelligence artificielle générative : pas d’informations personnelles ni confidentielles, et relecture de ce qui est produit." },
        ],
        'bien-outillee': [
          { text: "Une fois par an, entraînez-vous à tout récupérer à partir de vos sauvegardes, comme un exercice d’évacuation." },
          {
            text: 'Préparez une fiche réflexe en cas de problème (piratage, arnaque, ordinateur perdu ou volé) : qui prévenir et quoi faire.',
            ...LINKS.cyber,
          },
          { text: 'Présentez à chaque nouvel arrivant les bons gestes : méfiance face aux messages urgents, mots de passe, protection des données.' },
        ],
      },
    },
  },
  levels: {
    'peu-initiee':
      "Votre association fait ses premiers pas avec le numérique. Quelques gestes simples, choisis un par un, peuvent déjà vous faire gagner du temps et de la sérénité. Commencez par demander conseil : c’est gratuit, et des structures sont là pour cela.",
    'en-demarrage':
      "Votre association a posé des bases : des outils sont là et des habitudes se prennent. La prochaine étape est de les rendre plus sûres et mieux partagées dans l’équipe.",
    'en-progression':
      'Votre association met le numérique au service de son projet et a de bonnes pratiques. Il reste quelques points à consolider pour avancer plus sereinement.',
    'bien-outillee':
      "Votre association a des pratiques numériques solides et adaptées à ses besoins. Continuez à les faire vivre, et partagez votre expérience avec d’autres associations.",
  },
};

export default details;
