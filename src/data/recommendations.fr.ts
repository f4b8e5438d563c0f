import type { NextStep } from '../core/types.js';

/**
 * Next steps of the built-in questionnaire, by dimension then level (French). Kept apart from the
 * questions so the quiz page does not carry them: they load when results need them.
 */
const recommendations: Record<string, Record<string, NextStep[]>> = {
  'strategie': {
    'peu-initiee': [
      {
        text: "Inscrivez le numérique à l'ordre du jour de votre prochaine réunion de bureau et notez, en une demi-page, ce qui vous fait perdre du temps aujourd'hui.",
      },
      {
        text: 'Désignez une personne référente pour le numérique, même bénévole et même pour quelques heures par mois.',
      },
      {
        text: "Contactez un lieu d'accueil et d'accompagnement des associations près de chez vous : il peut vous aider gratuitement à faire le point.",
        url: 'https://www.associations.gouv.fr/guid-asso.html',
        linkLabel: "Guid'Asso",
      },
    ],
    'en-demarrage': [
      {
        text: "Listez vos trois priorités numériques pour l'année et rattachez chacune à un objectif de votre projet associatif.",
      },
      {
        text: 'Prévoyez une ligne « numérique » dans votre prochain budget prévisionnel, même modeste : matériel, abonnements, formation.',
      },
      {
        text: 'Renseignez-vous sur les aides et les financements ouverts aux associations pour vos projets numériques.',
        url: 'https://www.associations.gouv.fr/',
        linkLabel: 'Le portail des associations',
      },
    ],
    'en-progression': [
      {
        text: "Présentez au conseil d'administration un court bilan de vos outils : ce qui marche, ce qui coûte, ce qui manque.",
      },
      {
        text: "Écrivez une feuille de route numérique sur un ou deux ans et faites-la valider par le conseil d'administration.",
      },
      {
        text: "Si votre association est employeuse, sollicitez le Dispositif local d'accompagnement (DLA) pour travailler votre stratégie numérique avec un regard extérieur.",
        url: 'https://www.info-dla.fr/',
        linkLabel: "Le Dispositif local d'accompagnement (DLA)",
      },
    ],
    'bien-outillee': [
      {
        text: "Faites chaque année le bilan de votre feuille de route numérique et présentez-le à l'assemblée générale.",
      },
      {
        text: "Partagez votre expérience avec d'autres associations de votre réseau ou de votre territoire, par exemple lors d'un temps d'échange.",
      },
      {
        text: 'Cherchez des financements pour un projet numérique plus ambitieux, par exemple un nouveau service pour vos publics.',
        url: 'https://www.franceactive.org/',
        linkLabel: 'France Active',
      },
    ],
  },
  'outils': {
    'peu-initiee': [
      {
        text: "Faites la liste du matériel et des logiciels que l'association utilise, y compris ceux qui appartiennent aux bénévoles.",
      },
      {
        text: "Créez une adresse de messagerie au nom de l'association, plutôt que d'utiliser l'adresse personnelle d'un membre du bureau.",
      },
      {
        text: 'Découvrez les logiciels à tarif solidaire et le matériel reconditionné réservés aux associations.',
        url: 'https://www.solidatech.fr/',
        linkLabel: 'Solidatech',
      },
    ],
    'en-demarrage': [
      {
        text: 'Remplacez le cahier ou le tableur des adhérents par un logiciel de gestion des adhérents adapté à votre taille : essayez-en deux avant de choisir.',
      },
      {
        text: 'Avant chaque achat ou abonnement, écrivez vos besoins en quelques lignes et comparez au moins deux solutions.',
      },
      {
        text: "Vérifiez que chaque outil en ligne est ouvert au nom de l'association, et pas sur le compte personnel d'un bénévole.",
      },
    ],
    'en-progression': [
      {
        text: 'Prévoyez un calendrier de renouvellement du matériel, pour ne plus dépendre des pannes.',
      },
      {
        text: "Reliez vos outils entre eux quand c'est possible (adhésions, comptabilité, envoi de courriels) pour éviter de saisir deux fois la même chose.",
      },
      {
        text: "Faites le tri dans vos abonnements : arrêtez ceux qui ne servent plus et vérifiez s'il existe un tarif associatif pour les autres.",
        url: 'https://www.solidatech.fr/',
        linkLabel: 'Solidatech',
      },
    ],
    'bien-outillee': [
      {
        text: "Rédigez une courte fiche par outil (à quoi il sert, qui l'administre, combien il coûte) pour faciliter les passations.",
      },
      {
        text: 'Faites durer votre matériel : réparez-le, choisissez du reconditionné et donnez une seconde vie aux appareils que vous remplacez.',
      },
      {
        text: 'Une fois par an, demandez à vos salariés, bénévoles et adhérents quels outils les aident et lesquels les gênent.',
      },
    ],
  },
  'competences': {
    'peu-initiee': [
      {
        text: "Demandez à chaque membre de l'équipe ce qui le gêne le plus avec le numérique, et choisissez ensemble un premier sujet à apprendre.",
      },
      {
        text: 'Prenez rendez-vous avec un conseiller numérique : il accompagne gratuitement, souvent en mairie, en médiathèque ou dans un tiers-lieu.',
        url: 'https://www.conseiller-numerique.gouv.fr/',
        linkLabel: 'Les conseillers numériques',
      },
      {
        text: "Repérez le lieu d'accueil des associations le plus proche, pour savoir à qui poser vos questions.",
        url: 'https://www.associations.gouv.fr/guid-asso.html',
        linkLabel: "Guid'Asso",
      },
    ],
    'en-demarrage': [
      {
        text: "Organisez un atelier d'une heure où un bénévole à l'aise montre un outil aux autres.",
      },
      {
        text: 'Inscrivez une ou deux personnes à une formation au numérique : beaucoup sont gratuites pour les bénévoles associatifs.',
        url: 'https://www.associations.gouv.fr/',
        linkLabel: 'Le portail des associations',
      },
    ],
    'en-progression': [
      {
        text: "Prévoyez un plan de formation sur l'année, pour les salariés comme pour les bénévoles.",
      },
      {
        text: "Écrivez de courts pas-à-pas (une page, quelques captures d'écran) pour les tâches que l'on fait souvent.",
      },
      {
        text: "Si votre association est employeuse, faites appel au DLA pour organiser la montée en compétences de l'équipe.",
        url: 'https://www.info-dla.fr/',
        linkLabel: "Le Dispositif local d'accompagnement (DLA)",
      },
    ],
    'bien-outillee': [
      {
        text: 'Formez des binômes, pour que chaque savoir-faire important soit maîtrisé par au moins deux personnes.',
      },
      {
        text: "Proposez votre aide à d'autres associations de votre territoire, par exemple en animant un atelier partagé.",
      },
      {
        text: 'Faites le point chaque année sur les nouveaux besoins de compétences : sécurité, accessibilité, nouveaux outils.',
      },
    ],
  },
  'communication': {
    'peu-initiee': [
      {
        text: 'Créez une présence simple en ligne : une page claire qui présente vos activités, vos horaires et un moyen de vous joindre.',
      },
      {
        text: 'Rassemblez les adresses de courriel de vos adhérents, avec leur accord, pour pouvoir leur donner des nouvelles.',
      },
      {
        text: "Vérifiez que votre association figure, avec des coordonnées à jour, dans l'annuaire de votre commune ou de votre fédération.",
      },
    ],
    'en-demarrage': [
      {
        text: "Fixez-vous un rythme réaliste, par exemple une lettre d'information par trimestre, et tenez-le.",
      },
      {
        text: "Choisissez un ou deux réseaux sociaux, là où se trouvent vos publics, plutôt que d'essayer d'être partout.",
      },
      {
        text: "Proposez l'adhésion ou le don en ligne, pour simplifier la vie de vos membres et de vos soutiens.",
      },
    ],
    'en-progression': [
      {
        text: "Appliquez les bases de l'accessibilité : des textes clairs, des images décrites, des vidéos sous-titrées et des couleurs bien contrastées.",
        url: 'https://accessibilite.numerique.gouv.fr/',
        linkLabel: "Le référentiel d'accessibilité (RGAA)",
      },
      {
        text: 'Préparez un calendrier des publications du trimestre, partagé entre les personnes qui publient.',
      },
      {
        text: 'Regardez quelles publications touchent vraiment vos publics et ajustez vos efforts en conséquence.',
      },
    ],
    'bien-outillee': [
      {
        text: "Faites vérifier l'accessibilité de votre site et de vos documents, si possible par des personnes en situation de handicap.",
        url: 'https://accessibilite.numerique.gouv.fr/',
        linkLabel: "Le référentiel d'accessibilité (RGAA)",
      },
      {
        text: 'Donnez la parole à vos bénévoles et à vos bénéficiaires dans vos publications, avec leur accord.',
      },
      {
        text: 'Mesurez une fois par an ce que votre communication en ligne apporte : adhésions, dons, participation aux activités.',
      },
    ],
  },
  'collaboration': {
    'peu-initiee': [
      {
        text: "Créez un espace partagé en ligne au nom de l'association et rangez-y d'abord les documents essentiels : statuts, comptes, comptes rendus.",
      },
      {
        text: "Mettez-vous d'accord sur un seul canal pour les échanges de l'équipe, au lieu de mélanger courriels, SMS et appels.",
      },
      {
        text: 'Essayez la visioconférence pour une courte réunion, pour que les personnes éloignées puissent y participer.',
      },
    ],
    'en-demarrage': [
      {
        text: 'Définissez un rangement simple pour vos dossiers partagés (par exemple : Administratif, Activités, Communication, Finances) et présentez-le à tous.',
      },
      {
        text: 'Tenez un tableau partagé « qui fait quoi » pour suivre les tâches en cours.',
      },
      {
        text: 'Proposez de participer à distance à certaines réunions, pour inclure les bénévoles éloignés ou occupés en journée.',
      },
    ],
    'en-progression': [
      {
        text: "Préparez un kit d'accueil pour les nouveaux bénévoles : leurs accès, les outils utilisés et où trouver quoi.",
      },
      {
        text: 'Adoptez quelques règles communes : comment nommer les fichiers, quel canal pour quel sujet, quand on est disponible.',
      },
      {
        text: 'Une fois par an, faites le ménage dans les espaces partagés et retirez les accès des personnes qui sont parties.',
      },
    ],
    'bien-outillee': [
      {
        text: "Écrivez vos façons de travailler ensemble, pour qu'elles résistent aux changements d'équipe.",
      },
      {
        text: "Demandez régulièrement aux bénévoles qui participent à distance ce qui les aide à s'impliquer.",
      },
      {
        text: "Partagez vos modèles (rangement des dossiers, kit d'accueil) avec d'autres associations.",
      },
    ],
  },
  'donnees': {
    'peu-initiee': [
      {
        text: 'Dès ce mois-ci, copiez vos fichiers importants sur un support rangé hors de vos locaux ou dans un service de sauvegarde en ligne.',
      },
      {
        text: 'Changez les mots de passe trop simples ou utilisés partout, en commençant par la messagerie et la banque en ligne.',
        url: 'https://www.cybermalveillance.gouv.fr/',
        linkLabel: 'Cybermalveillance.gouv.fr',
      },
      {
        text: 'Découvrez en quelques étapes ce que le RGPD demande à une association.',
        url: 'https://www.cnil.fr/fr/rgpd-par-ou-commencer',
        linkLabel: 'CNIL — RGPD : par où commencer',
      },
    ],
    'en-demarrage': [
      {
        text: 'Mettez en place une sauvegarde automatique et vérifiez chaque trimestre que vous savez récupérer un fichier.',
      },
      {
        text: "Activez la double authentification sur la messagerie, la banque en ligne et les réseaux sociaux de l'association.",
        url: 'https://www.cybermalveillance.gouv.fr/',
        linkLabel: 'Cybermalveillance.gouv.fr',
      },
      {
        text: 'Faites la liste des fichiers qui contiennent des données personnelles (adhérents, donateurs, bénéficiaires) et de qui peut y accéder.',
        url: 'https://www.cnil.fr/fr/rgpd-par-ou-commencer',
        linkLabel: 'CNIL — RGPD : par où commencer',
      },
    ],
    'en-progression': [
      {
        text: 'Adoptez un gestionnaire de mots de passe partagé, pour ne plus faire circuler les mots de passe par courriel ou sur papier.',
      },
      {
        text: 'Tenez un registre simple de vos fichiers de données personnelles et fixez pour chacun une durée de conservation.',
        url: 'https://www.cnil.fr/fr/rgpd-par-ou-commencer',
        linkLabel: 'CNIL — RGPD : par où commencer',
      },
      {
        text: 'Ajoutez à vos formulaires une mention claire : à quoi servent les données, combien de temps vous les gardez, comment exercer ses droits.',
      },
    ],
    'bien-outillee': [
      {
        text: "Une fois par an, entraînez-vous à tout récupérer à partir de vos sauvegardes, comme un exercice d'évacuation.",
      },
      {
        text: 'Préparez une fiche réflexe en cas de problème (piratage, ordinateur perdu ou volé) : qui prévenir et quoi faire.',
        url: 'https://www.cybermalveillance.gouv.fr/',
        linkLabel: 'Cybermalveillance.gouv.fr',
      },
      {
        text: 'Présentez à chaque nouvel arrivant les bons gestes de sécurité et les règles de protection des données.',
      },
    ],
  },
};

export default recommendations;
