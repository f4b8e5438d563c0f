// Results as <cap-maturity-quiz> emitted them before they said why a score is missing (the gauge
// reads both shapes), given to two gauges by property.
const results = {
  questionnaireId: 'cap-numerique-maturite',
  version: '2026.1',
  score: 58,
  level: 'en-demarrage',
  dimensions: [
    { id: 'strategie', score: 42, level: 'en-demarrage', answered: 4 },
    { id: 'outils', score: 81, level: 'bien-outillee', answered: 4 },
    { id: 'competences', score: 30, level: 'peu-initiee', answered: 3 },
    { id: 'communication', score: 70, level: 'en-progression', answered: 4 },
    { id: 'collaboration', score: 66, level: 'en-progression', answered: 4 },
    { id: 'donnees', score: 59, level: 'en-demarrage', answered: 4 },
  ],
  weakest: ['competences', 'strategie'],
  themes: ['formation', 'emploi-benevolat', 'strategie', 'financement'],
  completedAt: '2026-03-03T10:00:00.000Z',
};
for (const id of ['bars', 'radar']) document.getElementById(id).results = results;
