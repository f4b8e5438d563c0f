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
