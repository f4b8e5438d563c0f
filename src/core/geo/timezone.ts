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

/**
 * French Polynesia spans three zones: Tahiti's (most communes), the Marquesas' (UTC−9:30) and the
 * Gambier's (UTC−9). By INSEE code: Fatu-Hiva, Hiva-Oa, Nuku-Hiva, Tahuata, Ua-Huka, Ua-Pou
 * (Marquesas), Gambier; by postcode: 98740–98749 and 98796 (Marquesas), 98755, 98792, 98793
 * (Gambier) — none of these postcodes is shared with a commune outside those islands.
 */
const MARQUESAS = /^(?:98718|98723|98731|98746|98756|98757)$/;
const MARQUESAS_POSTCODE = /^(?:9874\d|98796)$/;
const GAMBIER = /^98719$/;
const GAMBIER_POSTCODE = /^(?:98755|9879[23])$/;

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

/**
 * A place's time zone: its department's or collectivity's (overseas ones have their own; French
 * Polynesia three), else, without a code, the territory its position lies in, else Paris.
 */
export function timeZoneOf(place: Located): string {
  const insee = place.inseeCode?.trim() ?? '';
  const postcode = place.postcode?.trim() ?? '';
  if (MARQUESAS.test(insee) || (!insee && MARQUESAS_POSTCODE.test(postcode))) return 'Pacific/Marquesas';
  if (GAMBIER.test(insee) || (!insee && GAMBIER_POSTCODE.test(postcode))) return 'Pacific/Gambier';
  // Saint-Barthélemy's and Saint-Martin's postcodes start with Guadeloupe's 971.
  if (!insee && postcode === '97133') return 'America/St_Barthelemy';
  if (!insee && postcode === '97150') return 'America/Marigot';
  const code = insee || postcode;
  // Overseas codes have a 3-digit prefix: 971–978 and 986–988 (975 and 986–988 are collectivities).
  const department = /^9[78]/.test(code) ? code.slice(0, 3) : code.slice(0, 2);
  if (department) return departmentTimeZone(department);
  return zoneOfPosition(place.lat, place.lon);
}

/** Without a code: the zone of the overseas territory the position lies in, else Paris. */
function zoneOfPosition(lat: number, lon: number): string {
  if (lon < -170 || lon > 175) return 'Pacific/Wallis';
  if (lon > 155) return 'Pacific/Noumea';
  if (lon < -125 && lon > -160) {
    if (lat > -11) return 'Pacific/Marquesas';
    return lon > -136.5 && lat < -21 ? 'Pacific/Gambier' : 'Pacific/Tahiti';
  }
  if (lon < -40 && lat > 40) return 'America/Miquelon';
  if (lon < -40) {
    if (lat > 17.8) return lat > 17.98 ? 'America/Marigot' : 'America/St_Barthelemy';
    return lat > 10 ? (lat > 15.5 ? 'America/Guadeloupe' : 'America/Martinique') : 'America/Cayenne';
  }
  if (lon > 50) return 'Indian/Reunion';
  if (lon > 40) return 'Indian/Mayotte';
  return 'Europe/Paris';
}
