/**
 * Overseas departments and collectivities not on Paris time. Opening hours must be evaluated in the
 * place's zone, not the browser's: a place in Réunion opens at 9:00 Réunion time whoever looks
 * (docs/data-standards.md, "Positions, overseas and time zones").
 */
const ZONES: ReadonlyMap<string, string> = new Map(Object.entries({
  '971': 'America/Guadeloupe',
  '972': 'America/Martinique',
  '973': 'America/Cayenne',
  '974': 'Indian/Reunion',
  '975': 'America/Miquelon',
  '976': 'Indian/Mayotte',
  '977': 'America/St_Barthelemy',
  '978': 'America/Marigot',
  '986': 'Pacific/Wallis',
  '987': 'Pacific/Tahiti',
  '988': 'Pacific/Noumea',
}));

/** IANA time zone of a department code ("69", "2A", "974"); Europe/Paris for the mainland and Corsica. */
export function departmentTimeZone(department: string): string {
  return ZONES.get(department.trim()) ?? 'Europe/Paris';
}

/** What `timeZoneOf` reads of a place: its INSEE code or postcode, else its coordinates. */
export interface Located {
  inseeCode?: string | undefined;
  postcode?: string | undefined;
  lat: number;
  lon: number;
}

/** A place's time zone: its department's (overseas departments have their own), else Paris. */
export function timeZoneOf(place: Located): string {
  const code = place.inseeCode ?? place.postcode ?? '';
  const department = code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
  if (department) return departmentTimeZone(department);
  if (place.lon < -40) return place.lat > 10 ? (place.lat > 15.5 ? 'America/Guadeloupe' : 'America/Martinique') : 'America/Cayenne';
  if (place.lon > 50) return 'Indian/Reunion';
  if (place.lon > 40) return 'Indian/Mayotte';
  return 'Europe/Paris';
}
