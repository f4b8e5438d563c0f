import type { QuestionnaireTranslation } from '../core/types.js';

/** The five steps of every `scale` question, by option id. */
const SCALE: Record<string, string> = {
  '1': '1 — Not at all',
  '2': '2 — A little',
  '3': '3 — Partly',
  '4': '4 — Largely',
  '5': '5 — Fully',
};

const NO_SOMEWHAT_ORGANISED = {
  non: 'No, not really',
  seuls: 'A few people, each on their own',
};

const PEER_EXCHANGE =
  'Exchange with other associations: your federation, your network or nearby associations have often solved the same questions. Among the association leaders surveyed in spring 2022, 24% name sharing experience with other associations as a way to make progress, more than exchanges within the association (15%) (Solidatech and Recherches & Solidarités survey).';

/**
 * English translation of the built-in questionnaire, its descriptions and next steps (same order
 * as recommendations.fr.ts), loaded only when lang="en".
 */
const en: QuestionnaireTranslation = {
  title: 'Your association’s digital maturity check-up',
  intro:
    'Take stock of digital tools in your association: four questions about the association, then 25 simple questions. “I don’t know” is a useful answer: it counts as the lowest answer, because knowing where you stand is part of the check-up.',

  profile: {
    'profil-equipe': {
      label: 'Who keeps the association running?',
      options: { benevoles: 'Volunteers only', salaries: 'Volunteers and at least one paid employee' },
    },
    'profil-taille': {
      label: 'How many people regularly take part in running the association (active volunteers and staff)?',
      options: { '1-5': '1 to 5', '6-20': '6 to 20', '21-50': '21 to 50', '51-plus': 'More than 50' },
    },
    'profil-budget': {
      label: 'What is the association’s annual budget?',
      options: {
        'moins-10k': 'Less than €10,000',
        '10k-50k': '€10,000 to €49,999',
        '50k-200k': '€50,000 to €199,999',
        '200k-plus': '€200,000 or more',
      },
    },
    'profil-federation': { label: 'Is the association a member of a federation or an association network?' },
  },

  dimensions: {
    strategie: {
      description:
        'The place of digital tools in your association’s project: who steers it, how spending is decided, and how involved the volunteer leaders (board) are.',
      recommendations: {
        'peu-initiee': [
          { text: 'Put digital tools on the agenda of your next board meeting and write down, in half a page, what wastes your time today.' },
          { text: 'Appoint one person to follow digital matters, even for a few hours a month, and a second one who can take over.' },
          { text: 'Get help to take stock: the Guid’Asso network and the maisons des associations support every association free of charge.' },
        ],
        'en-demarrage': [
          { text: 'List your three digital priorities for the year and link each one to a goal of your association’s project.' },
          { text: 'Plan a “digital” line in your budget, however modest, or zero if you choose free tools: equipment, subscriptions, training.' },
          {
            text: 'To fund a project, the FDVA “operation and innovation” fund supports small associations first, in every field; you apply on Le Compte Asso.',
            linkLabel: 'The FDVA (associations.gouv.fr)',
          },
        ],
        'en-progression': [
          { text: 'Give the board a short review of your tools: what works, what it costs, what is missing.' },
          { text: 'Write a one- or two-year digital roadmap and have the board approve it.' },
          {
            text: 'As an employer, the Local Support Scheme (DLA) can support you free of charge to consolidate your project and your jobs, digital matters included.',
            linkLabel: 'The Local Support Scheme (DLA)',
          },
          { text: 'Ask a maison des associations or a Guid’Asso member for an outside view on your roadmap: their support is free.' },
        ],
        'bien-outillee': [
          { text: 'Review your digital roadmap every year and present it at the general meeting.' },
          { text: 'Share your experience with other associations in your network or your area, for instance at a peer-exchange meeting.' },
          { text: 'For a more ambitious digital project, France Active supports and funds the projects of associations that employ staff.', linkLabel: 'France Active' },
        ],
      },
    },
    outils: {
      description:
        'The association’s equipment and software, its management tools, the online accounts held in its name and how long its equipment lasts.',
      recommendations: {
        'peu-initiee': [
          { text: 'List the association’s online accounts (email, domain name, social media, bank): in whose name are they, and who can access them?' },
          { text: 'Create an email address in the association’s name and give at least two people access to it.' },
          {
            text: 'Community hosting providers offer free-software online services, often free of charge or pay-what-you-can: calendar, shared documents, polls.',
            linkLabel: 'CHATONS, the collective of alternative hosting providers',
          },
          { text: 'Discover the software at solidarity prices and the refurbished equipment offered to associations.', linkLabel: 'Solidatech' },
        ],
        'en-demarrage': [
          { text: 'Move into the association’s name the accounts opened in a member’s name, starting with the domain name and email.' },
          { text: 'Before adopting a tool, write your needs down in a few lines and try two: a well-kept spreadsheet often beats software nobody uses.' },
          { text: 'For equipment, think repair, donation and refurbished first.' },
        ],
        'en-progression': [
          { text: 'Write down who holds the access to each account and make sure at least two people can access every important one.' },
          { text: 'Sort out your subscriptions: stop those you no longer use.' },
          {
            text: 'For your online tools, compare with the free-software services of community hosting providers, often free of charge or pay-what-you-can.',
            linkLabel: 'CHATONS, the collective of alternative hosting providers',
          },
          { text: 'Check whether there is an association rate for the software you pay for.', linkLabel: 'Solidatech' },
        ],
        'bien-outillee': [
          { text: 'Write a short sheet for each tool (what it is for, who manages it, what it costs) to make handovers easier.' },
          { text: 'Make your equipment last: upkeep, repair, refurbished, and a second life for the devices you replace.' },
          { text: 'Once a year, ask your members which tools help them and which get in their way.' },
        ],
      },
    },
    competences: {
      description:
        'How comfortable the people who run the association are with digital tools, their training, exchanges with other associations, and knowing whom to ask for help.',
      recommendations: {
        'peu-initiee': [
          { text: 'Ask everyone what bothers them most with digital tools, and choose together a first thing to learn.' },
          {
            text: 'Conseillers numériques (digital advisers) help anyone get started with everyday tools (email, documents, video calls) free of charge, often in libraries, town halls or France Services centres: your volunteers can learn there.',
            linkLabel: 'The conseillers numériques',
          },
        ],
        'en-demarrage': [
          { text: 'Hold a one-hour workshop where someone at ease shows a tool to the others.' },
          {
            text: 'The FDVA “volunteer training” fund pays for training for volunteers: ask your federation or the State services of your region.',
            linkLabel: 'The FDVA (associations.gouv.fr)',
          },
          { text: 'For employees, ask your skills operator (OPCO) what it can fund.' },
        ],
        'en-progression': [
          { text: 'Plan the year’s training, starting with the people who use the tools most.' },
          { text: 'Write short step-by-step guides (one page, a few screenshots) for the tasks you do often.' },
          { text: PEER_EXCHANGE },
        ],
        'bien-outillee': [
          { text: 'Work in pairs, so that every important skill is mastered by at least two people.' },
          { text: 'Offer your help to other associations in your area, for instance by running a shared workshop.' },
          { text: 'Every year, review new skill needs: security, accessibility, artificial intelligence.' },
        ],
      },
    },
    communication: {
      description:
        'How you make the association known and keep in touch with members and the public, online and offline, and how accessible what you publish is.',
      recommendations: {
        'peu-initiee': [
          { text: 'Choose one place online where your practical information will always be up to date: your website, a social media page or your town’s directory.' },
          { text: 'Ask your members how they prefer to get your news, and keep a way without the internet for those who are offline.' },
        ],
        'en-demarrage': [
          { text: 'Set yourself a realistic pace, for instance one newsletter per quarter, and stick to it.' },
          { text: 'Choose one or two channels, where your audiences are, rather than trying to be everywhere.' },
          { text: 'If it saves you time, offer online membership, while keeping membership on paper.' },
        ],
        'en-progression': [
          {
            text: 'Apply the basics of accessibility: clear texts, described images, subtitled videos and strong colour contrast.',
            linkLabel: 'The French accessibility standard (RGAA)',
          },
          { text: 'Prepare a quarterly publishing calendar, shared between the people who publish.' },
          { text: 'Check that people without the internet get the same information: notices, letters, phone, drop-in hours.' },
        ],
        'bien-outillee': [
          { text: 'Have your website and documents checked for accessibility, if possible by people with disabilities.', linkLabel: 'The French accessibility standard (RGAA)' },
          { text: 'Give a voice to your volunteers and beneficiaries in your publications, with their permission for photos (image rights).' },
          { text: 'Once a year, look at what your communication brings: memberships, participation, support.' },
        ],
      },
    },
    collaboration: {
      description:
        'How the team works together: shared documents, remote meetings when useful, room for volunteers who do not come to the premises.',
      recommendations: {
        'peu-initiee': [
          {
            text: 'Choose one shared place, in the association’s name, for the essential documents (statutes, accounts, minutes). Community hosting providers offer free-software shared spaces.',
            linkLabel: 'CHATONS, the collective of alternative hosting providers',
          },
          { text: 'Agree on a single channel for the team’s exchanges, instead of mixing emails, text messages and calls.' },
        ],
        'en-demarrage': [
          { text: 'Define a simple structure for your shared folders (Admin, Activities, Communication, Finance) and present it to everyone.' },
          { text: 'Keep a shared “who does what” table to follow ongoing tasks.' },
          { text: 'Offer remote participation in some meetings, to include people who live far away or are busy during the day.' },
        ],
        'en-progression': [
          { text: 'Prepare a welcome kit for new volunteers: their access, the tools used and where to find what.' },
          { text: 'Adopt a few shared rules: how to name files, which channel for which topic, when people are available.' },
          { text: 'Once a year, tidy up the shared spaces and remove the access of people who have left.' },
        ],
        'bien-outillee': [
          { text: 'Write down how you work together, so that it survives changes in the team.' },
          { text: 'Regularly ask the volunteers who take part remotely what helps them get involved.' },
          { text: 'Share your templates (folder structure, welcome kit) with other associations.' },
        ],
      },
    },
    donnees: {
      description:
        'Protecting your files and the information your members entrust to you: backups, passwords, scams, personal data and the use of artificial intelligence.',
      recommendations: {
        'peu-initiee': [
          { text: 'This month, copy your important files to a disk kept somewhere other than the originals. A synced folder is not enough: a deleted or hacked file is deleted or hacked in the copy too.' },
          {
            text: 'Agree on a simple rule: no bank transfer and no change of bank details without checking by phone, on a number you already know. Cybermalveillance.gouv.fr explains common scams and helps victims free of charge.',
            linkLabel: 'Cybermalveillance.gouv.fr',
          },
          { text: 'Find out what the GDPR asks of an association: the CNIL publishes a GDPR awareness guide for associations.', linkLabel: 'The CNIL' },
        ],
        'en-demarrage': [
          { text: 'Set up an automatic backup and check every quarter that you know how to restore a file.' },
          { text: 'Turn on two-factor authentication for the association’s email, online banking and social media.', linkLabel: 'Cybermalveillance.gouv.fr' },
          {
            text: 'List the files that hold personal information (members, donors, people you support) and who can access them.',
            linkLabel: 'The CNIL',
          },
        ],
        'en-progression': [
          { text: 'Adopt a shared password manager, so that passwords no longer travel by email or on paper.' },
          { text: 'Keep a simple record of your files of personal information and set a retention period for each.', linkLabel: 'The CNIL' },
          { text: 'Get a free first-level cybersecurity check-up from a volunteer “Aidant cyber”.', linkLabel: 'MonAideCyber' },
          { text: 'Agree on rules for generative artificial intelligence: no personal or confidential information, and reread what it produces.' },
        ],
        'bien-outillee': [
          { text: 'Once a year, practise restoring everything from your backups, like a fire drill.' },
          {
            text: 'Prepare an emergency sheet (hacking, scam, lost or stolen computer): whom to call and what to do.',
            linkLabel: 'Cybermalveillance.gouv.fr',
          },
          { text: 'Show every newcomer the right habits: caution with urgent messages, passwords, data protection.' },
        ],
      },
    },
  },

  levels: {
    'peu-initiee': {
      description:
        'Your association is taking its first steps with digital tools. A few simple habits, chosen one at a time, can already save you time and worry. Start by asking for advice: it is free, and there are organisations for that.',
    },
    'en-demarrage': {
      description:
        'Your association has laid the foundations: tools are in place and habits are forming. The next step is to make them safer and better shared within the team.',
    },
    'en-progression': {
      description:
        'Your association puts digital tools at the service of its project and has good practices. A few points remain to be consolidated.',
    },
    'bien-outillee': {
      description:
        'Your association has solid digital practices that fit its needs. Keep them alive, and share your experience with other associations.',
    },
  },

  questions: {
    'strategie-projet': {
      label: 'Do digital tools have a place in your association’s project?',
      help: 'The association’s project says why it exists and what it wants to do in the coming years. It may be written down or simply shared.',
      options: {
        jamais: 'We have never discussed it together',
        probleme: 'We talk about it when a problem comes up (a breakdown, a tool to replace)',
        regulier: 'We talk about it regularly, without written goals',
        objectifs: 'We have set a few digital goals, written in our project or action plan',
      },
    },
    'strategie-pilotage': {
      label: 'Who looks after digital matters in the association?',
      options: {
        personne: 'No one in particular: everyone manages as best they can',
        'de-fait': 'Someone takes care of it, without it being decided together',
        designe: 'A designated person or small group, but no one else can take over',
        relais: 'A designated person or small group, and someone else can take over',
      },
    },
    'strategie-depenses': {
      label: 'How do you decide on digital spending (equipment, subscriptions, training)?',
      help: 'Using free or open-source tools is a choice like any other: what matters here is that spending is planned and decided together.',
      options: {
        'au-coup-par-coup': 'As things come, when something breaks or is missing',
        'au-moment': 'We discuss it when we spend, without planning ahead',
        prevu: 'We plan it in the year’s budget, even when the amount is small or zero',
      },
    },
    'strategie-dirigeants': {
      label: 'Do the volunteer leaders (board) take part in digital choices?',
      help: 'For instance: they discuss them in meetings, approve the choice of a tool, follow spending.',
      options: SCALE,
    },
    'outils-materiel': {
      label: 'Does the equipment the association needs (computers, phones, internet connection) meet its needs?',
      help: 'Whether it belongs to the association or to volunteers does not matter: the question is whether it lets you do what you have to do.',
      options: {
        gene: 'No: it is missing or often breaks down, and this hinders our work',
        difficultes: 'It is enough for the essentials, with regular difficulties',
        adapte: 'Yes, it meets our needs',
      },
    },
    'outils-gestion': {
      label: 'Do your tools for keeping track of memberships and accounts suit you?',
      help: 'A notebook, a spreadsheet or software: what matters is that the tool saves you time and does not depend on one person.',
      options: {
        perte: 'No: we lose time or information',
        'une-personne': 'They suit us, but only one person knows how to use them',
        partages: 'They suit us and at least two people know how to use them',
      },
    },
    'outils-comptes': {
      label: 'Who owns the association’s online accounts (email, domain name, social media, online banking)?',
      help: 'The domain name is the address of your website or email (for instance myassociation.org). Registered in the name of a volunteer who leaves, it can be lost to the association.',
      options: {
        personnels: 'Most are in a member’s personal name',
        'un-acces': 'They are in the association’s name, but only one person holds the access',
        'deux-acces': 'They are in the association’s name and at least two people hold the access',
      },
    },
    'outils-durable': {
      label: 'When you need equipment, what do you usually do?',
      options: {
        neuf: 'We buy new equipment',
        parfois: 'We sometimes look at repair, donations or refurbished equipment',
        priorite: 'We repair, reuse or buy refurbished first, and make equipment last',
      },
    },
    'competences-aisance': {
      label: 'Are the people who run the association at ease with the digital tools they use?',
      help: 'For instance: sending an email with an attachment, finding a shared document, joining a video call.',
      options: SCALE,
    },
    'competences-formation-benevoles': {
      label: 'In the past two years, have volunteers learned to use the association’s tools better?',
      options: { ...NO_SOMEWHAT_ORGANISED, organise: 'Yes, in an organised way: a workshop, training or peer help set up for it' },
    },
    'competences-formation-equipe': {
      label: 'In the past two years, have employees or volunteers been trained in digital tools?',
      help: 'Employee training can be funded by your sector’s skills operator (OPCO); volunteer training by the FDVA, for instance.',
      options: { ...NO_SOMEWHAT_ORGANISED, organise: 'Yes, in an organised way: planned training, workshops or peer help set up for it' },
    },
    'competences-contacts': {
      label: 'Do you know whom to turn to when you have a question about digital tools?',
      help: 'For instance: a maison des associations, a member of the Guid’Asso network, your federation, a conseiller numérique (digital adviser).',
    },
    'competences-echanges': {
      label: 'Do you exchange about digital tools with other associations (federation, network, nearby associations)?',
      options: {
        non: 'No',
        parfois: 'From time to time, informally',
        regulier: 'Regularly: meetings, an exchange group, shared tools or resources',
      },
    },
    'communication-trouver': {
      label: 'Can someone looking for your association easily find its practical information online (activities, opening hours, contact)?',
      help: 'On your website, a social media page, your town’s or federation’s directory: one place kept up to date is enough.',
      options: {
        non: 'No, or the information is old',
        'en-partie': 'Partly: some information is missing or out of date',
        oui: 'Yes, it is complete and up to date',
      },
    },
    'communication-lien': {
      label: 'Do your members and the public get your information in time?',
      help: 'Newsletter, chat group, social media, notices… One or two well-kept channels are better than many.',
      options: {
        'souvent-non': 'Often not: people miss the information',
        plupart: 'Most of the time, but some people slip through',
        oui: 'Yes, through channels chosen for them and kept up to date',
      },
    },
    'communication-hors-ligne': {
      label: 'Can people who do not use the internet follow the association’s life and join it?',
      help: 'Answer “Not applicable” if all your members and audiences use the internet.',
      options: {
        non: 'No, nearly everything goes through the internet',
        'au-cas-par-cas': 'Partly, case by case',
        oui: 'Yes: there is a channel without the internet (phone, letters, notices, drop-in hours) and people can join on paper',
      },
    },
    'communication-accessibilite': {
      label: 'Is what you publish (website, documents, social media) designed to be readable by everyone, including people with disabilities?',
      help: 'For instance: clear texts, described images, subtitled videos, strong colour contrast.',
      options: SCALE,
    },
    'collaboration-documents': {
      label: 'Where are the documents the team needs kept?',
      options: {
        chacun: 'Everyone keeps their own: we do not always find the right document',
        commun: 'In one shared place (computer, disk, online space), without clear organisation',
        range: 'In one shared place, well organised, where everyone finds what they need',
      },
    },
    'collaboration-reunions': {
      label: 'Can someone who cannot travel take part in meetings and decisions remotely (video call, phone, online vote)?',
      options: { non: 'No', parfois: 'Sometimes, when someone thinks of it', prevu: 'Yes, it is arranged when useful' },
    },
    'collaboration-distance': {
      label: 'Can a volunteer take on a task without coming to the premises (access to documents, following who does what)?',
      help: 'Answer “Not applicable” if all your activities take place on site.',
      options: { non: 'No, they have to come in or ask someone', 'en-partie': 'Partly', oui: 'Yes' },
    },
    'donnees-sauvegarde': {
      label: 'How are the association’s important files backed up?',
      help: 'A backup is a separate copy you can recover after a breakdown, theft, mistake or hacking. A folder synced online is not a backup: a file deleted or damaged is also deleted or damaged in the copy.',
      options: {
        aucune: 'No backup, or only a folder synced online',
        parfois: 'Someone makes a copy from time to time',
        'meme-lieu': 'Regular copies, kept in the same place as the originals',
        ailleurs: 'Regular copies, one of them kept elsewhere, and we have already checked they can be read back',
      },
    },
    'donnees-comptes': {
      label: 'How are the association’s accounts (email, bank, social media, online tools) protected?',
      help: 'A password manager remembers passwords for you. Two-factor authentication asks, on top of the password, for a code received on a phone.',
      options: {
        partages: 'The same passwords are used for several accounts or passed between several people',
        uniques: 'Each account has its own password, known only to those who need it',
        geres: 'On top of that, passwords are kept in a password manager and changed when someone leaves',
        double: 'On top of that, two-factor authentication protects the important accounts',
      },
    },
    'donnees-fraude': {
      label: 'If an urgent message asks for a bank transfer, a change of bank details or a password, even in the president’s name, what happens?',
      help: 'Phishing is a fake message trying to get a password. In “CEO fraud”, a scammer poses as a leader to obtain an urgent transfer.',
      options: {
        rien: 'Nothing is planned: everyone reacts as best they can',
        mefiance: 'The people concerned know to be wary, but nothing is agreed',
        verification: 'It is agreed: we check another way (a call to a known number) before any transfer or change of bank details',
      },
    },
    'donnees-rgpd': {
      label: 'Do you know what personal information the association keeps (members, volunteers, people supported), where it is and who can access it?',
      help: 'The GDPR (General Data Protection Regulation) applies to every association, even small ones.',
      options: {
        non: 'No, not really',
        'en-gros': 'Roughly, but nothing is written down',
        ecrit: 'Yes: it is written down (a simple record is enough) and we delete what is no longer needed',
      },
    },
    'donnees-information': {
      label: 'When you collect information about a person (membership, registration), what do you tell them?',
      help: 'Informing people is always required. To write to your members about the association’s life, their prior consent is generally not required, but they must be able to refuse. To publish a photo of a recognisable person, you need their permission (image rights).',
      options: {
        rien: 'Nothing in particular',
        oral: 'We explain it orally if asked',
        ecrit: 'Our forms say what the information is for, how long we keep it and how people can exercise their rights',
      },
    },
    'donnees-ia': {
      label: 'If members use generative artificial intelligence tools (ChatGPT, Le Chat, Copilot…) for the association, have you agreed on what can go into them?',
      help: 'Answer “Not applicable” if no one uses them for the association.',
      options: {
        'aucune-regle': 'No, everyone does as they see fit',
        parle: 'We have talked about it, without agreed rules',
        regles: 'Yes: no personal or confidential information, and what is produced is reread before use',
      },
    },
  },
};

export default en;
