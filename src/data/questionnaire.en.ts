import type { QuestionnaireTranslation } from '../core/types.js';

/** The five steps of every `scale` question, by option id. */
const SCALE: Record<string, string> = {
  '1': '1 — Not at all',
  '2': '2 — A little',
  '3': '3 — Partly',
  '4': '4 — Largely',
  '5': '5 — Fully',
};

/** English translation of the built-in questionnaire, loaded only when lang="en". */
const en: QuestionnaireTranslation = {
  title: "Your association's digital maturity check-up",
  intro:
    'This check-up helps you take stock of the place of digital tools in your association, in about twenty simple questions.',

  dimensions: {
    strategie: {
      description:
        "The place of digital tools in your association's project: who steers it, with what budget and how involved the board is.",
      recommendations: {
        'peu-initiee': [
          {
            text: 'Put digital tools on the agenda of your next board meeting and write down, in half a page, what wastes your time today.',
          },
          {
            text: 'Appoint a person in charge of digital matters, even a volunteer, even for a few hours a month.',
          },
          {
            text: 'Contact a support centre for associations near you: it can help you take stock, free of charge.',
            linkLabel: "Guid'Asso",
          },
        ],
        'en-demarrage': [
          {
            text: "List your three digital priorities for the year and link each one to a goal of your association's project.",
          },
          {
            text: 'Plan a "digital" line in your next budget, however modest: equipment, subscriptions, training.',
          },
          {
            text: 'Find out about the grants and funding open to associations for their digital projects.',
            linkLabel: 'The French portal for associations',
          },
        ],
        'en-progression': [
          {
            text: 'Give the board a short review of your tools: what works, what it costs, what is missing.',
          },
          {
            text: 'Write a one- or two-year digital roadmap and have the board approve it.',
          },
          {
            text: 'If your association has employees, ask the Local Support Scheme (DLA) to work on your digital strategy with an outside view.',
            linkLabel: 'The Local Support Scheme (DLA)',
          },
        ],
        'bien-outillee': [
          {
            text: 'Review your digital roadmap every year and present it at the general meeting.',
          },
          {
            text: 'Share your experience with other associations in your network or your area, for instance at a peer-exchange meeting.',
          },
          {
            text: 'Look for funding for a more ambitious digital project, for instance a new service for the people you serve.',
            linkLabel: 'France Active',
          },
        ],
      },
    },
    outils: {
      description:
        "The association's equipment and software: computers, membership management, accounting, online services.",
      recommendations: {
        'peu-initiee': [
          {
            text: 'List the equipment and software the association uses, including what belongs to volunteers.',
          },
          {
            text: "Create an email address in the association's name rather than using a board member's personal address.",
          },
          {
            text: 'Discover the discounted software and refurbished equipment reserved for associations.',
            linkLabel: 'Solidatech',
          },
        ],
        'en-demarrage': [
          {
            text: 'Replace the membership notebook or spreadsheet with membership management software suited to your size: try two before choosing.',
          },
          {
            text: 'Before any purchase or subscription, write down your needs in a few lines and compare at least two options.',
          },
          {
            text: "Check that every online tool is registered in the association's name, not on a volunteer's personal account.",
          },
        ],
        'en-progression': [
          {
            text: 'Plan when to replace your equipment, so that you no longer depend on breakdowns.',
          },
          {
            text: 'Connect your tools to each other where possible (memberships, accounting, emailing) to avoid typing the same thing twice.',
          },
          {
            text: 'Sort through your subscriptions: stop those you no longer use and check whether the others offer a rate for associations.',
            linkLabel: 'Solidatech',
          },
        ],
        'bien-outillee': [
          {
            text: 'Write a short sheet for each tool (what it is for, who manages it, what it costs) to make handovers easier.',
          },
          {
            text: 'Make your equipment last: repair it, choose refurbished devices and give a second life to the ones you replace.',
          },
          {
            text: 'Once a year, ask your staff, volunteers and members which tools help them and which get in their way.',
          },
        ],
      },
    },
    competences: {
      description:
        'How comfortable your staff and volunteers are with digital tools, their training, and knowing whom to ask for help.',
      recommendations: {
        'peu-initiee': [
          {
            text: 'Ask each team member what bothers them most about digital tools, and choose together a first topic to learn.',
          },
          {
            text: 'Book an appointment with a digital adviser (conseiller numérique): they help free of charge, often at the town hall, the library or a community space.',
            linkLabel: 'Digital advisers (conseillers numériques)',
          },
          {
            text: 'Find the nearest support centre for associations, so that you know whom to ask.',
            linkLabel: "Guid'Asso",
          },
        ],
        'en-demarrage': [
          {
            text: 'Hold a one-hour workshop where a volunteer who is at ease shows a tool to the others.',
          },
          {
            text: 'Sign one or two people up for digital training: many courses are free for association volunteers.',
            linkLabel: 'The French portal for associations',
          },
        ],
        'en-progression': [
          {
            text: 'Plan a year of training, for staff and volunteers alike.',
          },
          {
            text: 'Write short step-by-step guides (one page, a few screenshots) for frequent tasks.',
          },
          {
            text: 'If your association has employees, call on the DLA to organise how the team builds its skills.',
            linkLabel: 'The Local Support Scheme (DLA)',
          },
        ],
        'bien-outillee': [
          {
            text: 'Work in pairs, so that every important skill is mastered by at least two people.',
          },
          {
            text: 'Offer your help to other associations in your area, for instance by running a shared workshop.',
          },
          {
            text: 'Review new skill needs every year: security, accessibility, new tools.',
          },
        ],
      },
    },
    communication: {
      description:
        'How you make the association known and keep in touch with your audiences: website, newsletters, social media, online membership and donations, accessibility.',
      recommendations: {
        'peu-initiee': [
          {
            text: 'Create a simple online presence: a clear page presenting your activities, your opening hours and a way to reach you.',
          },
          {
            text: "Gather your members' email addresses, with their consent, so that you can send them news.",
          },
          {
            text: 'Check that your association is listed, with up-to-date contact details, in the directory of your town or federation.',
          },
        ],
        'en-demarrage': [
          {
            text: 'Set yourself a realistic pace, for instance one newsletter per quarter, and stick to it.',
          },
          {
            text: 'Choose one or two social networks, where your audiences are, rather than trying to be everywhere.',
          },
          {
            text: 'Offer online membership or donations, to make life easier for your members and supporters.',
          },
        ],
        'en-progression': [
          {
            text: 'Apply the basics of accessibility: clear text, described images, subtitled videos and well-contrasted colours.',
            linkLabel: 'The French accessibility standard (RGAA)',
          },
          {
            text: 'Prepare a publishing calendar for the quarter, shared between the people who publish.',
          },
          {
            text: 'Look at which posts really reach your audiences and adjust your efforts accordingly.',
          },
        ],
        'bien-outillee': [
          {
            text: 'Have the accessibility of your website and documents checked, if possible by people with disabilities.',
            linkLabel: 'The French accessibility standard (RGAA)',
          },
          {
            text: 'Give a voice to your volunteers and beneficiaries in your publications, with their consent.',
          },
          {
            text: 'Once a year, measure what your online communication brings: memberships, donations, participation in activities.',
          },
        ],
      },
    },
    collaboration: {
      description:
        'How the team works together: shared documents, remote meetings, the place of volunteers who do not come to the premises.',
      recommendations: {
        'peu-initiee': [
          {
            text: "Create a shared online space in the association's name and first store the essential documents there: statutes, accounts, minutes.",
          },
          {
            text: 'Agree on a single channel for team exchanges, instead of mixing emails, text messages and calls.',
          },
          {
            text: 'Try a video meeting for a short meeting, so that people who live far away can take part.',
          },
        ],
        'en-demarrage': [
          {
            text: 'Define a simple structure for your shared folders (for instance: Administration, Activities, Communication, Finance) and present it to everyone.',
          },
          {
            text: 'Keep a shared "who does what" table to follow the tasks in progress.',
          },
          {
            text: 'Offer remote attendance at some meetings, to include volunteers who live far away or are busy during the day.',
          },
        ],
        'en-progression': [
          {
            text: 'Prepare a welcome kit for new volunteers: their access, the tools in use and where to find what.',
          },
          {
            text: 'Adopt a few common rules: how to name files, which channel for which topic, when people are available.',
          },
          {
            text: 'Once a year, tidy up the shared spaces and remove access for people who have left.',
          },
        ],
        'bien-outillee': [
          {
            text: 'Write down how you work together, so that it survives changes in the team.',
          },
          {
            text: 'Regularly ask volunteers who take part remotely what helps them get involved.',
          },
          {
            text: 'Share your templates (folder structure, welcome kit) with other associations.',
          },
        ],
      },
    },
    donnees: {
      description:
        'Protecting your files and the information your members entrust to you: backups, passwords, personal data, consent.',
      recommendations: {
        'peu-initiee': [
          {
            text: 'This month, copy your important files to a storage device kept away from your premises, or to an online backup service.',
          },
          {
            text: 'Change passwords that are too simple or used everywhere, starting with email and online banking.',
            linkLabel: 'Cybermalveillance.gouv.fr',
          },
          {
            text: 'Find out, in a few steps, what the GDPR requires of an association.',
            linkLabel: 'CNIL — GDPR: where to start (in French)',
          },
        ],
        'en-demarrage': [
          {
            text: 'Set up automatic backups and check every quarter that you know how to restore a file.',
          },
          {
            text: "Turn on two-factor authentication for the association's email, online banking and social media.",
            linkLabel: 'Cybermalveillance.gouv.fr',
          },
          {
            text: 'List the files that contain personal data (members, donors, beneficiaries) and who can access them.',
            linkLabel: 'CNIL — GDPR: where to start (in French)',
          },
        ],
        'en-progression': [
          {
            text: 'Adopt a shared password manager, so that passwords no longer travel by email or on paper.',
          },
          {
            text: 'Keep a simple record of your personal-data files and set a retention period for each one.',
            linkLabel: 'CNIL — GDPR: where to start (in French)',
          },
          {
            text: 'Add a clear notice to your forms: what the data is for, how long you keep it, how people can exercise their rights.',
          },
        ],
        'bien-outillee': [
          {
            text: 'Once a year, practise restoring everything from your backups, like a fire drill.',
          },
          {
            text: 'Prepare an incident checklist (hacking, lost or stolen computer): whom to alert and what to do.',
            linkLabel: 'Cybermalveillance.gouv.fr',
          },
          {
            text: 'Introduce every newcomer to good security habits and the rules for protecting data.',
          },
        ],
      },
    },
  },

  levels: {
    'peu-initiee': {
      description:
        'Your association is taking its first steps with digital tools, like many others. A few simple habits, taken up one at a time, can already save you time and worry.',
    },
    'en-demarrage': {
      description:
        'Your association has laid the foundations: tools are in place and habits are forming. The next step is to make them safer and better shared within the team.',
    },
    'en-progression': {
      description:
        'Your association puts digital tools at the service of its project and has good practices. A few points remain to be consolidated so you can move forward with peace of mind.',
    },
    'bien-outillee': {
      description:
        "Your association is well equipped and its practices are solid. Keep them alive, and don't hesitate to share your experience with other associations.",
    },
  },

  questions: {
    // Digital strategy and governance
    'strategie-projet': {
      label: "What place do digital tools have in your association's project?",
      help: "Your association's project says why it exists and what it wants to achieve in the coming years. It may be written down or simply shared.",
      options: {
        absent: 'We have never really talked about it',
        ponctuel: 'We talk about it when a problem comes up (a broken computer, a website to redo)',
        regulier: 'We talk about it regularly, but without specific goals',
        integre: 'Our digital priorities are written into our association project or action plan',
      },
    },
    'strategie-pilotage': {
      label: 'Who takes care of digital matters in the association?',
      options: {
        personne: 'Nobody in particular: everyone manages on their own',
        'une-personne': 'One willing person, often alone and overwhelmed',
        referent: 'An appointed person in charge, who reports to the board',
        groupe: 'A small group (staff, volunteers, board members) that meets and prepares decisions',
      },
    },
    'strategie-budget': {
      label: 'Do you plan a budget for digital tools?',
      help: 'A digital budget covers equipment, software subscriptions, training and, if needed, help from a service provider.',
      options: {
        aucun: 'No, we spend as we go, when something breaks',
        projet: 'We find money from time to time, for a specific project',
        ligne: 'A line of our annual budget is set aside for digital tools',
        finance: 'We have a budget line and we also look for funding (grants, sponsorship, discounted rates for non-profits)',
      },
    },
    'strategie-elus': {
      label: 'Is your board involved in digital choices?',
      help: 'For instance: it discusses them in meetings, approves the choice of tools and follows the spending.',
      options: SCALE,
    },

    // Tools and equipment
    'outils-materiel': {
      label: "What condition is the association's computer equipment in?",
      help: 'Equipment means computers, tablets, phones, printers and the internet connection.',
      options: {
        personnel: 'The association has no equipment: everyone uses their own computer or phone',
        ancien: 'We have equipment, but it is old, slow or often broken',
        suffisant: 'The equipment covers the essentials, even if we sometimes lack a computer',
        adapte: 'The equipment is suitable, maintained and replaced when needed',
      },
    },
    'outils-gestion': {
      label: 'Which tools do you use to run the association?',
      help: "Membership management software keeps your list of members, their contact details and their fees up to date, instead of a notebook or a spreadsheet. Le Compte Asso is the French government's online service for associations' formalities and grant applications. Tick everything you use; if nothing applies, leave every box unticked.",
      options: {
        adherents: 'Membership management software',
        comptabilite: 'Accounting software or an online accounting service',
        inscriptions: 'A tool to manage registrations for activities or events',
        'compte-asso': 'Le Compte Asso, for your formalities and grant applications',
        bureautique: 'Up-to-date office software (word processor, spreadsheet)',
      },
    },
    'outils-cloud': {
      label: "Do you use online services (the cloud) for the association's work?",
      help: 'The "cloud" means services used over the internet: your files, email or calendar are kept on servers and remain available from any device.',
    },
    'outils-choix': {
      label: 'How do you choose a new digital tool?',
      options: {
        habitude: 'Out of habit: we take what someone already knows',
        gratuit: 'We take whatever is free, without much comparing',
        compare: 'We compare a few options before deciding',
        besoins: 'We start from our needs, compare (cost, data, ease of use), try them out, then decide together',
      },
    },

    // Skills and support
    'competences-aisance': {
      label: 'Is your team (staff and volunteers) comfortable with everyday digital tools?',
      help: 'For instance: sending an email with an attachment, finding a shared document, joining a video meeting.',
      options: SCALE,
    },
    'competences-formation': {
      label: 'Over the last two years, have team members received digital training?',
      options: {
        aucune: 'No, nobody',
        seuls: 'A few, on their own, with tutorials or videos',
        ponctuelle: 'Yes, one or two people attended a training course',
        reguliere: 'Yes, we regularly offer training, volunteers included',
      },
    },
    'competences-contacts': {
      label: 'Do you know whom to turn to when you have a question about digital tools?',
      help: 'For instance: a house of associations, a local support centre for associations, your federation or a digital adviser (conseiller numérique). Digital advisers help residents and associations free of charge, often at the town hall or the library.',
    },
    'competences-accompagnement': {
      label: 'Have you ever been supported on digital matters by an outside organisation?',
      help: "The DLA (Dispositif local d'accompagnement, the Local Support Scheme) helps associations with employees strengthen their activity free of charge, digital matters included.",
      options: {
        jamais: 'Not yet',
        ponctuel: 'Yes, for a one-off question (a setting, a piece of advice)',
        projet: 'Yes, on a specific project (a website, software, a training course)',
        suivi: 'Yes, with ongoing support over time, for instance through a DLA',
      },
    },

    // Communication and relations with the public
    'communication-site': {
      label: 'Does your association have a website?',
      help: "A blog or a page of your own on your federation's website counts too.",
    },
    'communication-site-a-jour': {
      label: 'Is your website kept up to date?',
      options: {
        abandonne: 'It has not been changed for more than a year',
        parfois: 'We update it now and then, when someone thinks of it',
        regulier: 'It is updated regularly, by one or two people',
        partage: 'Several people know how to edit it and it follows all our news',
      },
    },
    'communication-canaux': {
      label: 'How do you keep in touch with your members and audiences?',
      help: 'A newsletter is an email sent regularly to a list of subscribers to share news. Tick everything you use; if nothing applies, leave every box unticked.',
      options: {
        lettre: 'An email newsletter',
        reseaux: 'A page or account on social media, kept active',
        groupe: 'A group chat on a messaging app (WhatsApp, Signal…)',
        adhesion: 'Online membership or registration',
        dons: 'Online donations',
      },
    },
    'communication-accessibilite': {
      label: 'Is what you publish (website, documents, social media) designed to be accessible to everyone?',
      help: 'Digital accessibility lets everyone, including people with disabilities, read and use your content: clear text, described images, subtitled videos, well-contrasted colours.',
      options: SCALE,
    },

    // Collaboration and organisation
    'collaboration-documents': {
      label: "Where are the association's documents kept?",
      help: 'A shared online space (sometimes called a "drive") lets several people open and edit the same files from any computer.',
      options: {
        personnels: 'Everyone keeps their files on their own computer or in their mailbox',
        support: "On one of the association's computers or a USB stick that gets passed around",
        partage: 'In a shared online space, but without real organisation',
        organise: 'In a well-organised shared online space, where everyone finds what they need',
      },
    },
    'collaboration-visio': {
      label: 'Do you sometimes meet by video call?',
      help: 'A video call lets people meet remotely, with picture and sound, from a computer or a phone. A meeting can also mix people in the room and people joining remotely.',
    },
    'collaboration-distance': {
      label: 'Can a volunteer easily contribute remotely, without coming to the premises?',
      help: 'For instance: accessing documents, following discussions, taking on a task from home.',
      options: SCALE,
    },
    'collaboration-pratiques': {
      label: 'Which of these habits have you adopted?',
      help: 'Tick everything you do; if nothing applies, leave every box unticked.',
      options: {
        coedition: 'We sometimes write together on the same online document',
        agenda: 'We share a common calendar for the association',
        taches: 'We track "who does what" in a shared table or task list',
        sondage: 'We use online polls to set a date or consult members',
        accueil: 'A new volunteer gets their access and an introduction to the tools as soon as they arrive',
      },
    },

    // Data, security and GDPR
    'donnees-sauvegarde': {
      label: 'How are your files backed up?',
      help: 'A backup is a copy of your files so that you can recover them after a breakdown, a theft or a cyberattack. It is "off-site" when the copy is kept somewhere other than your premises, for instance in an online service.',
      options: {
        aucune: 'We do not make backups',
        manuelle: 'Someone makes a copy now and then, on a USB stick or an external drive',
        locale: 'We make regular copies, but they stay on our premises',
        externalisee: 'Our files are backed up automatically, away from our premises',
      },
    },
    'donnees-securite': {
      label: 'What precautions do you take to protect your accounts and devices?',
      help: 'A password manager is a digital safe that remembers your passwords for you. Two-factor authentication adds a second check (a code received by text message or in an app) on top of the password. Tick everything you do; if nothing applies, leave every box unticked.',
      options: {
        'mots-de-passe': 'Each account has its own long, hard-to-guess password',
        gestionnaire: 'We use a password manager',
        'double-authentification': 'Two-factor authentication is turned on for important accounts (email, bank, social media)',
        depart: 'When someone leaves the association, we remove their access or change the passwords',
        'mises-a-jour': 'Computers and phones are updated regularly',
      },
    },
    'donnees-rgpd': {
      label: 'Where do you stand with the GDPR?',
      help: 'The GDPR (General Data Protection Regulation, RGPD in French) is the European law on the use of information about people: name, address, phone number, health… It applies to small associations too.',
      options: {
        inconnu: 'We do not really know what the GDPR requires of us',
        notions: 'We know the broad outlines, without having put them into practice',
        inventaire: 'We know what data we hold, where it is stored and who can access it',
        registre: 'We keep a record of our files, keep only what is necessary and delete data that is too old',
      },
    },
    'donnees-consentement': {
      label: 'When you collect information about a person (membership, registration, photo), what do you tell them?',
      help: 'Telling people how their data is used is always required. For some uses, such as the newsletter or photos, you also need their consent: a clear agreement, for instance a tick box.',
      options: {
        rien: 'Nothing in particular',
        oral: 'We explain it orally if someone asks',
        mention: 'Our forms say what the data is used for',
        complet: 'Our forms say what the data is used for, how long we keep it and how people can exercise their rights, and we ask for consent for photos',
      },
    },
  },
};

export default en;
