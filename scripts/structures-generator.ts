/**
 * Synthetic support structures for the performance script and the benchmark (which measure the
 * finder with 20,000 of them): spread over every department, weighted by rough population, with
 * every type and theme. Seeded, so the same (n, seed) always gives the same list. Fictitious:
 * names, addresses and contacts are made up. Used by scripts/generate-structures.ts.
 */
import { STRUCTURE_TYPES, type Structure, type StructureType } from '../src/core/structures/model.js';
import { foldText } from '../src/core/text.js';
import { SUPPORT_THEMES, type SupportTheme } from '../src/core/vocabulary.js';

export const GENERATED_SOURCE = 'Jeu de données généré (fictif)';

/** Mulberry32: tiny, fast, good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Anchor {
  commune: string;
  postcode: string;
  department: string;
  region: string;
  lat: number;
  lon: number;
  /** Rough population of the department, in tens of thousands: the share of structures. */
  weight: number;
  /** Scatter radius in km: small where the sea or a border is close. */
  radiusKm: number;
}

type Row = [commune: string, postcode: string, department: string, region: string, lat: number, lon: number, weight: number, radiusKm?: number];

// One anchor per department (its prefecture or main town), a few second towns, and every overseas department.
const ROWS: Row[] = [
  ['Bourg-en-Bresse', '01000', 'Ain', 'Auvergne-Rhône-Alpes', 46.2052, 5.2255, 66],
  ['Laon', '02000', 'Aisne', 'Hauts-de-France', 49.5641, 3.6199, 53],
  ['Moulins', '03000', 'Allier', 'Auvergne-Rhône-Alpes', 46.566, 3.333, 33],
  ['Digne-les-Bains', '04000', 'Alpes-de-Haute-Provence', "Provence-Alpes-Côte d'Azur", 44.0925, 6.2356, 17],
  ['Gap', '05000', 'Hautes-Alpes', "Provence-Alpes-Côte d'Azur", 44.5594, 6.0786, 14],
  ['Nice', '06000', 'Alpes-Maritimes', "Provence-Alpes-Côte d'Azur", 43.7102, 7.262, 110, 3],
  ['Privas', '07000', 'Ardèche', 'Auvergne-Rhône-Alpes', 44.7353, 4.599, 33],
  ['Charleville-Mézières', '08000', 'Ardennes', 'Grand Est', 49.7621, 4.7263, 27],
  ['Foix', '09000', 'Ariège', 'Occitanie', 42.9653, 1.6069, 15],
  ['Troyes', '10000', 'Aube', 'Grand Est', 48.2973, 4.0744, 31],
  ['Carcassonne', '11000', 'Aude', 'Occitanie', 43.213, 2.3491, 38],
  ['Rodez', '12000', 'Aveyron', 'Occitanie', 44.3506, 2.575, 28],
  ['Marseille', '13001', 'Bouches-du-Rhône', "Provence-Alpes-Côte d'Azur", 43.2965, 5.3698, 140, 3],
  ['Aix-en-Provence', '13100', 'Bouches-du-Rhône', "Provence-Alpes-Côte d'Azur", 43.5297, 5.4474, 65],
  ['Caen', '14000', 'Calvados', 'Normandie', 49.1829, -0.3707, 70],
  ['Aurillac', '15000', 'Cantal', 'Auvergne-Rhône-Alpes', 44.9264, 2.4396, 14],
  ['Angoulême', '16000', 'Charente', 'Nouvelle-Aquitaine', 45.6484, 0.1562, 35],
  ['La Rochelle', '17000', 'Charente-Maritime', 'Nouvelle-Aquitaine', 46.1603, -1.1511, 66, 2],
  ['Bourges', '18000', 'Cher', 'Centre-Val de Loire', 47.081, 2.3988, 30],
  ['Tulle', '19000', 'Corrèze', 'Nouvelle-Aquitaine', 45.2673, 1.7707, 24],
  ['Ajaccio', '20000', 'Corse-du-Sud', 'Corse', 41.9192, 8.7386, 16, 2],
  ['Bastia', '20200', 'Haute-Corse', 'Corse', 42.6973, 9.4509, 18, 1.5],
  ['Dijon', '21000', "Côte-d'Or", 'Bourgogne-Franche-Comté', 47.322, 5.0415, 54],
  ['Saint-Brieuc', '22000', "Côtes-d'Armor", 'Bretagne', 48.5136, -2.7653, 60, 3],
  ['Guéret', '23000', 'Creuse', 'Nouvelle-Aquitaine', 46.1713, 1.8717, 11],
  ['Périgueux', '24000', 'Dordogne', 'Nouvelle-Aquitaine', 45.1847, 0.7214, 41],
  ['Besançon', '25000', 'Doubs', 'Bourgogne-Franche-Comté', 47.2378, 6.0241, 54],
  ['Valence', '26000', 'Drôme', 'Auvergne-Rhône-Alpes', 44.9334, 4.8924, 52],
  ['Évreux', '27000', 'Eure', 'Normandie', 49.0241, 1.1508, 60],
  ['Chartres', '28000', 'Eure-et-Loir', 'Centre-Val de Loire', 48.4439, 1.489, 43],
  ['Quimper', '29000', 'Finistère', 'Bretagne', 47.996, -4.1024, 45, 4],
  ['Brest', '29200', 'Finistère', 'Bretagne', 48.3904, -4.4861, 47, 2],
  ['Nîmes', '30000', 'Gard', 'Occitanie', 43.8367, 4.3601, 75],
  ['Toulouse', '31000', 'Haute-Garonne', 'Occitanie', 43.6047, 1.4442, 140],
  ['Auch', '32000', 'Gers', 'Occitanie', 43.646, 0.5857, 19],
  ['Bordeaux', '33000', 'Gironde', 'Nouvelle-Aquitaine', 44.8378, -0.5792, 165],
  ['Montpellier', '34000', 'Hérault', 'Occitanie', 43.6108, 3.8767, 120, 4],
  ['Rennes', '35000', 'Ille-et-Vilaine', 'Bretagne', 48.1173, -1.6778, 110],
  ['Châteauroux', '36000', 'Indre', 'Centre-Val de Loire', 46.8103, 1.6913, 22],
  ['Tours', '37000', 'Indre-et-Loire', 'Centre-Val de Loire', 47.3941, 0.6848, 61],
  ['Grenoble', '38000', 'Isère', 'Auvergne-Rhône-Alpes', 45.1885, 5.7245, 127],
  ['Lons-le-Saunier', '39000', 'Jura', 'Bourgogne-Franche-Comté', 46.6744, 5.5547, 26],
  ['Mont-de-Marsan', '40000', 'Landes', 'Nouvelle-Aquitaine', 43.8902, -0.499, 42],
  ['Blois', '41000', 'Loir-et-Cher', 'Centre-Val de Loire', 47.5861, 1.3359, 33],
  ['Saint-Étienne', '42000', 'Loire', 'Auvergne-Rhône-Alpes', 45.4397, 4.3872, 77],
  ['Le Puy-en-Velay', '43000', 'Haute-Loire', 'Auvergne-Rhône-Alpes', 45.0434, 3.885, 23],
  ['Nantes', '44000', 'Loire-Atlantique', 'Pays de la Loire', 47.2184, -1.5536, 145],
  ['Orléans', '45000', 'Loiret', 'Centre-Val de Loire', 47.903, 1.9093, 68],
  ['Cahors', '46000', 'Lot', 'Occitanie', 44.4475, 1.4411, 17],
  ['Agen', '47000', 'Lot-et-Garonne', 'Nouvelle-Aquitaine', 44.2033, 0.6163, 33],
  ['Mende', '48000', 'Lozère', 'Occitanie', 44.5181, 3.5005, 8],
  ['Angers', '49000', 'Maine-et-Loire', 'Pays de la Loire', 47.4784, -0.5632, 82],
  ['Saint-Lô', '50000', 'Manche', 'Normandie', 49.1157, -1.0906, 49],
  ['Reims', '51100', 'Marne', 'Grand Est', 49.2583, 4.0317, 57],
  ['Chaumont', '52000', 'Haute-Marne', 'Grand Est', 48.1113, 5.1392, 17],
  ['Laval', '53000', 'Mayenne', 'Pays de la Loire', 48.0707, -0.7734, 31],
  ['Nancy', '54000', 'Meurthe-et-Moselle', 'Grand Est', 48.6921, 6.1844, 73],
  ['Bar-le-Duc', '55000', 'Meuse', 'Grand Est', 48.7727, 5.16, 18],
  ['Vannes', '56000', 'Morbihan', 'Bretagne', 47.6582, -2.7608, 76, 2],
  ['Metz', '57000', 'Moselle', 'Grand Est', 49.1193, 6.1757, 104],
  ['Nevers', '58000', 'Nièvre', 'Bourgogne-Franche-Comté', 46.9908, 3.159, 20],
  ['Lille', '59000', 'Nord', 'Hauts-de-France', 50.6292, 3.0573, 260, 4],
  ['Beauvais', '60000', 'Oise', 'Hauts-de-France', 49.4295, 2.0807, 83],
  ['Alençon', '61000', 'Orne', 'Normandie', 48.4329, 0.0913, 28],
  ['Arras', '62000', 'Pas-de-Calais', 'Hauts-de-France', 50.291, 2.7775, 146],
  ['Clermont-Ferrand', '63000', 'Puy-de-Dôme', 'Auvergne-Rhône-Alpes', 45.7772, 3.087, 66],
  ['Pau', '64000', 'Pyrénées-Atlantiques', 'Nouvelle-Aquitaine', 43.2951, -0.3708, 69],
  ['Tarbes', '65000', 'Hautes-Pyrénées', 'Occitanie', 43.2328, 0.0781, 23],
  ['Perpignan', '66000', 'Pyrénées-Orientales', 'Occitanie', 42.6887, 2.8948, 48],
  ['Strasbourg', '67000', 'Bas-Rhin', 'Grand Est', 48.5734, 7.7521, 115, 2],
  ['Colmar', '68000', 'Haut-Rhin', 'Grand Est', 48.0794, 7.3585, 77, 3],
  ['Lyon', '69001', 'Rhône', 'Auvergne-Rhône-Alpes', 45.764, 4.8357, 190],
  ['Vesoul', '70000', 'Haute-Saône', 'Bourgogne-Franche-Comté', 47.6222, 6.1553, 23],
  ['Mâcon', '71000', 'Saône-et-Loire', 'Bourgogne-Franche-Comté', 46.3069, 4.8287, 55],
  ['Le Mans', '72000', 'Sarthe', 'Pays de la Loire', 48.0061, 0.1996, 56],
  ['Chambéry', '73000', 'Savoie', 'Auvergne-Rhône-Alpes', 45.5646, 5.9178, 44],
  ['Annecy', '74000', 'Haute-Savoie', 'Auvergne-Rhône-Alpes', 45.8992, 6.1294, 83, 3],
  ['Paris', '75001', 'Paris', 'Île-de-France', 48.8566, 2.3522, 213, 4],
  ['Rouen', '76000', 'Seine-Maritime', 'Normandie', 49.4432, 1.0999, 85],
  ['Le Havre', '76600', 'Seine-Maritime', 'Normandie', 49.4944, 0.1079, 40, 2],
  ['Melun', '77000', 'Seine-et-Marne', 'Île-de-France', 48.5421, 2.6554, 143],
  ['Versailles', '78000', 'Yvelines', 'Île-de-France', 48.8049, 2.1204, 145],
  ['Niort', '79000', 'Deux-Sèvres', 'Nouvelle-Aquitaine', 46.3237, -0.4648, 37],
  ['Amiens', '80000', 'Somme', 'Hauts-de-France', 49.8941, 2.2958, 57],
  ['Albi', '81000', 'Tarn', 'Occitanie', 43.9289, 2.1464, 39],
  ['Montauban', '82000', 'Tarn-et-Garonne', 'Occitanie', 44.0176, 1.355, 26],
  ['Toulon', '83000', 'Var', "Provence-Alpes-Côte d'Azur", 43.1242, 5.928, 110, 2],
  ['Avignon', '84000', 'Vaucluse', "Provence-Alpes-Côte d'Azur", 43.9493, 4.8055, 56],
  ['La Roche-sur-Yon', '85000', 'Vendée', 'Pays de la Loire', 46.6705, -1.426, 69],
  ['Poitiers', '86000', 'Vienne', 'Nouvelle-Aquitaine', 46.5802, 0.3404, 44],
  ['Limoges', '87000', 'Haute-Vienne', 'Nouvelle-Aquitaine', 45.8336, 1.2611, 37],
  ['Épinal', '88000', 'Vosges', 'Grand Est', 48.1724, 6.4496, 36],
  ['Auxerre', '89000', 'Yonne', 'Bourgogne-Franche-Comté', 47.7982, 3.5673, 34],
  ['Belfort', '90000', 'Territoire de Belfort', 'Bourgogne-Franche-Comté', 47.6397, 6.8638, 14],
  ['Évry-Courcouronnes', '91000', 'Essonne', 'Île-de-France', 48.6238, 2.4296, 130],
  ['Nanterre', '92000', 'Hauts-de-Seine', 'Île-de-France', 48.8924, 2.2071, 165, 3],
  ['Bobigny', '93000', 'Seine-Saint-Denis', 'Île-de-France', 48.9077, 2.4397, 167, 3],
  ['Créteil', '94000', 'Val-de-Marne', 'Île-de-France', 48.7904, 2.4556, 140, 3],
  ['Cergy', '95000', "Val-d'Oise", 'Île-de-France', 49.0364, 2.0761, 125],
  ['Pointe-à-Pitre', '97110', 'Guadeloupe', 'Guadeloupe', 16.2411, -61.5331, 25, 1.5],
  ['Basse-Terre', '97100', 'Guadeloupe', 'Guadeloupe', 15.9985, -61.7255, 13, 1],
  ['Fort-de-France', '97200', 'Martinique', 'Martinique', 14.6161, -61.0588, 36, 1.5],
  ['Cayenne', '97300', 'Guyane', 'Guyane', 4.9372, -52.326, 29, 1.5],
  ['Saint-Denis', '97400', 'La Réunion', 'La Réunion', -20.8821, 55.4507, 50, 1.5],
  ['Saint-Pierre', '97410', 'La Réunion', 'La Réunion', -21.3393, 55.4781, 37, 1.5],
  ['Mamoudzou', '97600', 'Mayotte', 'Mayotte', -12.7806, 45.2279, 31, 1],
];

const ANCHORS: Anchor[] = ROWS.map(([commune, postcode, department, region, lat, lon, weight, radiusKm = 6]) => ({
  commune, postcode, department, region, lat, lon, weight, radiusKm,
}));

/** Overseas anchors come first in the output, so even a small n has every overseas department. */
const OVERSEAS = ['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte'].map(
  (department) => ANCHORS.find((a) => a.department === department)!,
);

/** Rough share of each type: many local digital-help places, few regional bodies. */
const TYPE_SHARES: [StructureType, number][] = [
  ['conseiller-numerique', 25], ['france-services', 15], ['epn', 15], ['maison-associations', 10],
  ['point-appui', 10], ['tiers-lieu', 10], ['reseau', 6], ['dla', 3], ['crib', 2],
  ['hub-numerique', 1], ['cress', 1], ['france-active', 2],
];

/** Themes a type of structure usually offers. */
const TYPE_THEMES: Record<StructureType, SupportTheme[]> = {
  dla: ['strategie', 'financement', 'emploi-benevolat'],
  'point-appui': ['strategie', 'financement', 'emploi-benevolat', 'formation', 'juridique'],
  'maison-associations': ['formation', 'communication', 'materiel', 'emploi-benevolat'],
  crib: ['financement', 'emploi-benevolat', 'donnees-rgpd', 'juridique'],
  cress: ['strategie', 'financement', 'emploi-benevolat'],
  'france-active': ['financement', 'strategie'],
  'hub-numerique': ['outils', 'formation', 'strategie', 'collaboration'],
  'conseiller-numerique': ['outils', 'formation', 'communication', 'cybersecurite'],
  // Help with an association's own procedures (declaring it, changing its statutes).
  'france-services': ['juridique'],
  'tiers-lieu': ['materiel', 'collaboration', 'formation', 'outils'],
  epn: ['outils', 'formation', 'materiel', 'communication'],
  reseau: ['strategie', 'communication', 'collaboration', 'formation'],
};

const DESCRIPTIONS: Record<StructureType, string> = {
  dla: 'Accompagne gratuitement les associations employeuses dans la consolidation de leur projet et de leurs emplois.',
  'point-appui': 'Informe et oriente les bénévoles et dirigeants associatifs sur le fonctionnement de leur association.',
  'maison-associations': 'Prête des salles et du matériel, et propose des ateliers pour les associations de la commune.',
  crib: 'Répond aux questions des bénévoles sur la gestion, la fiscalité et l’emploi associatif.',
  cress: 'Représente et outille les acteurs de l’économie sociale et solidaire de la région.',
  'france-active': 'Finance et accompagne les projets de l’économie sociale et solidaire : garanties, prêts, conseil.',
  'hub-numerique': 'Coordonne les acteurs de l’inclusion numérique et outille les structures du territoire.',
  'conseiller-numerique': 'Aide à prendre en main les outils numériques, en rendez-vous individuel ou en atelier collectif.',
  'france-services': 'Accueille le public pour les démarches administratives en ligne, avec un accompagnement si besoin.',
  'tiers-lieu': 'Espace partagé avec atelier de fabrication numérique, coworking et animations ouvertes aux associations.',
  epn: 'Accès libre à des ordinateurs et à internet, et ateliers d’initiation au numérique.',
  reseau: 'Fédère les associations du département et leur propose formations, conseils et mutualisation.',
};

const PLACES = ['la médiathèque', 'la mairie', 'le centre social', 'la maison de quartier', 'l’espace jeunesse'];
const TIERS_LIEUX = ['La Fabrique', 'Le Hangar', 'L’Établi', 'La Ruche', 'Le Labo', 'La Coopérative', 'Le Quai', 'La Verrière'];
const NETWORKS = ['des foyers ruraux', 'des associations sportives', 'des associations culturelles', 'des centres sociaux', 'de l’éducation populaire'];
const STREETS = [
  'rue Jean-Jaurès', 'avenue de la République', 'place de la Mairie', 'rue Victor-Hugo', 'boulevard Gambetta',
  'rue Pasteur', 'rue de la Liberté', 'allée des Tilleuls', 'rue du Général-de-Gaulle', 'place du Marché',
  'rue des Écoles', 'avenue Jean-Moulin', 'rue de la Gare', 'rue Émile-Zola', 'chemin des Vignes',
];
const VARIANTS = ['Centre', 'Nord', 'Sud', 'Est', 'Ouest', 'Gare', 'Les Tilleuls', 'Bellevue', 'Le Port', 'Les Érables'];

const HOURS: [string | undefined, number][] = [
  ['Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00', 20],
  ['Mo-Fr 09:00-17:00; PH off', 20],
  ['Tu-Sa 10:00-12:30,13:30-18:00; PH off', 10],
  ['Mo,Tu,Th,Fr 09:00-12:00,13:30-17:00; We 09:00-12:00; PH off', 10],
  ['Mo-Th 08:30-12:30,13:30-17:30; Fr 08:30-12:30', 8],
  ['We 14:00-18:00; Sa 10:00-17:00', 5],
  ['Mo-Fr 09:00-12:00 "sur rendez-vous"; PH off', 4],
  ['"sur rendez-vous"', 4],
  ['Mo-Su 08:00-20:00', 2],
  ['le mardi matin', 1],
  [undefined, 16],
];

/** "de Lyon", "d'Angers", "du Mans", "des Abymes". */
function ofCommune(commune: string): string {
  if (commune.startsWith('Le ')) return `du ${commune.slice(3)}`;
  if (commune.startsWith('Les ')) return `des ${commune.slice(4)}`;
  return /^[AEIOUYÉÈÂÎH]/i.test(commune) ? `d'${commune}` : `de ${commune}`;
}

/** "Saint-Étienne (42)" → "saint-etienne-42". */
function slug(text: string): string {
  return foldText(text, { words: true }).replaceAll(' ', '-');
}

function nameFor(type: StructureType, a: Anchor, pick: <T>(items: readonly T[]) => T): string {
  switch (type) {
    case 'dla': return `Dispositif local d'accompagnement — ${a.department}`;
    case 'point-appui': return pick([`Point d'appui vie associative — ${a.commune}`, `Guid'Asso ${a.commune}`]);
    case 'maison-associations': return `Maison des associations ${ofCommune(a.commune)}`;
    case 'crib': return `Centre de ressources et d'information des bénévoles — ${a.department}`;
    case 'cress': return `Chambre régionale de l'économie sociale et solidaire — ${a.region}`;
    case 'france-active': return `France Active — ${a.region}`;
    case 'hub-numerique': return `Hub numérique ${a.region}`;
    case 'conseiller-numerique': return `Conseiller numérique — ${a.commune} (${pick(PLACES)})`;
    case 'france-services': return `France Services ${a.commune}`;
    case 'tiers-lieu': return `Tiers-lieu ${pick(TIERS_LIEUX)} — ${a.commune}`;
    case 'epn': return pick([`Espace public numérique ${ofCommune(a.commune)}`, `Cyber-base ${a.commune}`]);
    case 'reseau': return `Fédération départementale ${pick(NETWORKS)} — ${a.department}`;
  }
}

/** Fictitious numbers: ARCEP's ranges reserved for fiction (01 99 00…, 02 61 91…, 09 77 40…). */
function phoneFor(a: Anchor, random: () => number): string {
  const prefix =
    a.region === 'Île-de-France' ? '1 99 00' :
    ['Bretagne', 'Normandie', 'Pays de la Loire', 'Centre-Val de Loire'].includes(a.region) ? '2 61 91' :
    ['Grand Est', 'Hauts-de-France', 'Bourgogne-Franche-Comté'].includes(a.region) ? '3 53 01' :
    ["Provence-Alpes-Côte d'Azur", 'Auvergne-Rhône-Alpes', 'Corse'].includes(a.region) ? '4 65 71' :
    ['Nouvelle-Aquitaine', 'Occitanie'].includes(a.region) ? '5 36 49' : '9 77 40';
  const digits = String(Math.floor(random() * 10_000)).padStart(4, '0');
  return `+33 ${prefix} ${digits.slice(0, 2)} ${digits.slice(2)}`;
}

/**
 * `n` fictitious structures from `seed`. The first entries cover every overseas department, every
 * type and every theme, so any n ≥ 12 has them all; then types follow rough real-life shares.
 */
export function generateStructures(n: number, seed = 1): Structure[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    let r = random() * items.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1]![0];
  };
  const anchorWeights = ANCHORS.map((a) => [a, a.weight] as const);
  const usedNames = new Map<string, number>();
  const structures: Structure[] = [];
  const count = Math.max(0, Math.floor(n));

  for (let i = 0; i < count; i++) {
    const anchor = i < OVERSEAS.length ? OVERSEAS[i]! : weighted(anchorWeights);
    const type = i < STRUCTURE_TYPES.length ? STRUCTURE_TYPES[i]! : weighted(TYPE_SHARES);
    const types: StructureType[] = [type];
    if (random() < 0.15) {
      const other = pick(STRUCTURE_TYPES);
      if (other !== type) types.push(other);
    }
    const themes = new Set<SupportTheme>([SUPPORT_THEMES[i % SUPPORT_THEMES.length]!]);
    for (const theme of TYPE_THEMES[type]) if (random() < 0.6) themes.add(theme);
    if (random() < 0.2) themes.add(pick(SUPPORT_THEMES));

    // Uniform in a disc; longitude degrees shrink with latitude.
    const distanceKm = anchor.radiusKm * Math.sqrt(random());
    const angle = random() * 2 * Math.PI;
    const lat = anchor.lat + (distanceKm * Math.cos(angle)) / 111.2;
    const lon = anchor.lon + (distanceKm * Math.sin(angle)) / (111.2 * Math.cos((anchor.lat * Math.PI) / 180));

    // Names stay unique so that duplicate detection (same name within 50 m) never merges them.
    const base = nameFor(type, anchor, pick);
    const seen = usedNames.get(base) ?? 0;
    usedNames.set(base, seen + 1);
    const name = seen === 0 ? base : seen <= VARIANTS.length ? `${base} — antenne ${VARIANTS[seen - 1]}` : `${base} — antenne n° ${seen + 1}`;

    const id = `gen:${i + 1}`;
    const handle = `${slug(anchor.commune)}-${i + 1}`;
    const structure: Structure = {
      id,
      name,
      types,
      themes: [...themes],
      lat: Math.round(lat * 1e5) / 1e5,
      lon: Math.round(lon * 1e5) / 1e5,
      address: `${1 + Math.floor(random() * 120)} ${pick(STREETS)}`,
      postcode: anchor.postcode,
      city: anchor.commune,
      description: DESCRIPTIONS[type],
      source: GENERATED_SOURCE,
      updatedAt: `${random() < 0.3 ? 2025 : 2026}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
    };
    const hours = weighted(HOURS);
    if (hours) structure.hours = hours;
    if (random() < 0.8) structure.phone = phoneFor(anchor, random);
    if (random() < 0.7) structure.email = `contact-${handle}@exemple.org`;
    if (random() < 0.5) structure.website = `https://exemple.org/${handle}`;
    const free = random();
    if (free < 0.6) structure.free = true;
    else if (free < 0.8) structure.free = false;
    if (random() < 0.1) structure.appointmentUrl = `https://exemple.org/${handle}/rendez-vous`;
    if (random() < 0.3) structure.siret = `9${String(i + 1).padStart(13, '0')}`;
    structures.push(structure);
  }
  return structures;
}
