/**
 * "Open now" and the week table from OSM `opening_hours` values (the `hours` field), evaluated in the
 * place's time zone with French public holidays. Loaded lazily as its own chunk: the package is
 * large.
 *
 * The package reads dates with the runtime's local getters (getHours, getDay…), so we hand it a
 * "wall-clock" Date whose local fields equal the place's wall-clock time, and map its answers back.
 * (A wall time inside the runtime's own DST gap shifts by an hour: a night-time hour, twice a year.)
 */
import OpeningHours from 'opening_hours';

/** Both languages, always (assignable to the LocalizedText of core/types). */
export interface BilingualText {
  fr: string;
  en: string;
}

export type OpeningState = 'open' | 'closed' | 'appointment' | 'unknown';

export interface OpeningStatus {
  state: OpeningState;
  /** Short label for a card: "Ouvert · jusqu’à 12:00", "Fermé · jour férié", "Sur rendez-vous"… */
  text: BilingualText;
  /** Next change of state (a real instant), when within the coming week. */
  nextChange?: Date;
  /** The rule's comment (e.g. "sur rendez-vous") or the public holiday's name. */
  comment?: string;
}

export interface WeekRow {
  /** YYYY-MM-DD in the place's time zone. */
  date: string;
  /** Weekday name. */
  day: BilingualText;
  today: boolean;
  /** Wall-clock ranges in the place's zone: `09:00–12:00` (a range ending at midnight ends at `24:00`). */
  ranges: string[];
  /** No opening and no comment that day. */
  closed: boolean;
  holiday?: boolean;
  /** Name of the public holiday (in French, as the package knows it). */
  holidayName?: string;
  /** Comments of that day's rules, e.g. "sur rendez-vous". */
  comment?: string;
}

/** Optional details of the place that refine the public holidays and sunrise/sunset times. */
export interface PlaceHint {
  lat?: number;
  lon?: number;
  /** Postcode: Alsace-Moselle (57, 67, 68), Saint-Barthélemy and Saint-Martin have extra holidays. */
  postcode?: string;
}

const DEFAULT_ZONE = 'Europe/Paris';

/**
 * Zone → holiday "state" as the package names it (only_states in its French holiday list), and a
 * representative point for sunrise/sunset when the place's own coordinates are not given.
 */
const ZONES: Record<string, { state?: string; lat: number; lon: number }> = {
  'Europe/Paris': { lat: 46.6033, lon: 1.8892 },
  'America/Guadeloupe': { state: 'Guadeloupe', lat: 16.2411, lon: -61.5331 },
  'America/Martinique': { state: 'Martinique', lat: 14.6161, lon: -61.0588 },
  'America/Cayenne': { state: 'Guyane', lat: 4.9372, lon: -52.326 },
  'Indian/Reunion': { state: 'La Réunion', lat: -20.8823, lon: 55.4504 },
  'Indian/Mayotte': { state: 'Mayotte', lat: -12.7806, lon: 45.2279 },
  'America/St_Barthelemy': { state: 'Saint-Barthélemy', lat: 17.8967, lon: -62.8497 },
  'America/Marigot': { state: 'Saint-Martin', lat: 18.0679, lon: -63.0822 },
  'America/Miquelon': { state: 'Saint-Pierre-et-Miquelon', lat: 46.7811, lon: -56.1764 },
  'Pacific/Tahiti': { state: 'Polynésie française', lat: -17.535, lon: -149.5696 },
  'Pacific/Marquesas': { state: 'Polynésie française', lat: -8.9109, lon: -140.0997 },
  'Pacific/Gambier': { state: 'Polynésie française', lat: -23.1232, lon: -134.9686 },
  'Pacific/Wallis': { state: 'Wallis-et-Futuna', lat: -13.2825, lon: -176.1745 },
  'Pacific/Noumea': { state: 'Nouvelle-Calédonie', lat: -22.2758, lon: 166.458 },
};

const POSTCODE_STATES: [RegExp, string][] = [
  [/^67/, 'Bas-Rhin'],
  [/^68/, 'Haut-Rhin'],
  [/^57/, 'Moselle'],
  [/^97133/, 'Saint-Barthélemy'],
  [/^97150/, 'Saint-Martin'],
];

const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86_400_000;
const APPOINTMENT = /rendez[\s-]*vous|\brdv\b|appointment/i;

const TEXT = {
  missing: { fr: 'Horaires non communiqués', en: 'Opening hours not given' },
  unknown: { fr: 'Horaires à vérifier', en: 'Opening hours to be checked' },
  appointment: { fr: 'Sur rendez-vous', en: 'By appointment' },
  open: { fr: 'Ouvert', en: 'Open' },
  closed: { fr: 'Fermé', en: 'Closed' },
};

/* ---------- time zones ---------- */

interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone itself when the runtime knows it, else Paris (never throw on a bad zone name). */
function resolveZone(timeZone: unknown): string {
  if (typeof timeZone !== 'string' || !timeZone) return DEFAULT_ZONE;
  if (formatters.has(timeZone)) return timeZone;
  try {
    formatters.set(
      timeZone,
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
    );
    return timeZone;
  } catch {
    return timeZone === DEFAULT_ZONE ? timeZone : resolveZone(DEFAULT_ZONE);
  }
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  return formatters.get(resolveZone(timeZone))!;
}

function wallClockIn(instant: Date, timeZone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 1970,
    month: fields.month ?? 1,
    day: fields.day ?? 1,
    hour: (fields.hour ?? 0) % 24,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

function wallAsUtc(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** The real instant at which the zone's clocks show `w` (the earlier one when ambiguous). */
function instantOf(w: WallClock, timeZone: string): Date {
  const guess = wallAsUtc(w);
  const offset = (t: number) => wallAsUtc(wallClockIn(new Date(t), timeZone)) - t;
  const first = offset(guess);
  const second = offset(guess - first);
  return new Date(guess - (first === second ? first : second));
}

/** A Date whose runtime-local fields show `w`: what the package reads. */
function toPackageDate(w: WallClock): Date {
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

function fromPackageDate(d: Date): WallClock {
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
    second: d.getSeconds(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** Calendar days between two package dates (by their local fields, whatever DST does). */
function daysBetween(a: Date, b: Date): number {
  return Math.round(
    (Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) / DAY_MS,
  );
}

/* ---------- parsing (cached: a list re-renders the same values many times) ---------- */

interface Evaluator {
  hours: OpeningHours | null;
  holidays: OpeningHours | null;
  /** Last status computed, for the minute it was computed in (lists ask again and again). */
  last?: { minute: number; status: OpeningStatus };
  lastOpen?: { minute: number; open: boolean | undefined };
}

const parsed = new Map<string, Evaluator>();
const CACHE_LIMIT = 5000;

function location(timeZone: string, place?: PlaceHint) {
  const zone = ZONES[timeZone] ?? ZONES[DEFAULT_ZONE]!;
  const postcode = place?.postcode?.trim() ?? '';
  const state = POSTCODE_STATES.find(([pattern]) => pattern.test(postcode))?.[1] ?? zone.state;
  const lat = Number.isFinite(place?.lat) ? place!.lat! : zone.lat;
  const lon = Number.isFinite(place?.lon) ? place!.lon! : zone.lon;
  // The package only reads lat/lon given as strings (Nominatim's shape), whatever its types say.
  const nominatim = {
    lat: lat.toFixed(1),
    lon: lon.toFixed(1),
    address: { country_code: 'fr', state: state ?? '' },
  } as unknown as ConstructorParameters<typeof OpeningHours>[1];
  return { nominatim, key: `${timeZone}|${state ?? ''}|${lat.toFixed(1)},${lon.toFixed(1)}` };
}

function tryParse(value: string, nominatim: ConstructorParameters<typeof OpeningHours>[1]): OpeningHours | null {
  try {
    return new OpeningHours(value, nominatim);
  } catch {
    return null;
  }
}

function evaluator(hours: string, timeZone: string, place?: PlaceHint): Evaluator {
  const { nominatim, key } = location(timeZone, place);
  const cacheKey = `${key}|${hours}`;
  let entry = parsed.get(cacheKey);
  if (!entry) {
    if (parsed.size >= CACHE_LIMIT) parsed.clear();
    const holidaysKey = `${key}|PH`;
    const holidays = parsed.get(holidaysKey)?.hours ?? tryParse('PH', nominatim);
    parsed.set(holidaysKey, { hours: holidays, holidays });
    entry = { hours: tryParse(hours, nominatim), holidays };
    parsed.set(cacheKey, entry);
  }
  return entry;
}

/** Name of the public holiday on that (package) date, if any. */
function holidayOn(evaluatorEntry: Evaluator, date: Date): string | undefined {
  try {
    const ph = evaluatorEntry.holidays;
    if (!ph?.getState(date)) return undefined;
    return ph.getComment(date) ?? 'Jour férié';
  } catch {
    return undefined;
  }
}

/* ---------- open now ---------- */

/** Day of `to` relative to `from` ("", "demain", "lundi"), or undefined beyond a week. */
function dayOf(from: Date, to: Date): { fr: string; en: string; time: string } | undefined {
  const days = daysBetween(from, to);
  const time = hhmm(to);
  if (days === 0) return { fr: '', en: '', time };
  if (days === 1) return { fr: 'demain ', en: 'tomorrow ', time };
  if (days < 7) return { fr: `${WEEKDAYS_FR[to.getDay()]} `, en: `${WEEKDAYS_EN[to.getDay()]} `, time };
  return undefined;
}

/**
 * Whether a place is open at `now`, read in the place's time zone (`Europe/Paris`,
 * `America/Guadeloupe`, `Indian/Reunion`…) with French public holidays. Never throws: hours that do
 * not parse give `unknown` ("Horaires à vérifier"), and "sur rendez-vous" gives `appointment`,
 * never "Fermé".
 */
export function openingStatus(
  hours: string | undefined,
  timeZone: string,
  now: Date = new Date(),
  place?: PlaceHint,
): OpeningStatus {
  const value = typeof hours === 'string' ? hours.trim() : '';
  if (!value) return { state: 'unknown', text: TEXT.missing };
  if (Number.isNaN(now.getTime())) return { state: 'unknown', text: TEXT.unknown };
  const zone = resolveZone(timeZone);
  const entry = evaluator(value, zone, place);
  if (!entry.hours) return { state: 'unknown', text: TEXT.unknown };
  // Hours have minute resolution: the start of the minute gives the same answer.
  const minute = Math.floor(now.getTime() / 60_000);
  if (entry.last?.minute !== minute) {
    entry.last = { minute, status: statusAt(entry, entry.hours, zone, new Date(minute * 60_000)) };
  }
  return { ...entry.last.status };
}

/**
 * The first uses are slow: each time zone's formatter (ICU data), and the package's parser
 * (compiled on its first call, with its correction patterns) — 30 to 80 ms in all. These steps
 * do that work one piece at a time, so that a caller can run each in its own idle moment and no
 * task on the host page runs long.
 */
export function warmUpSteps(zones: Iterable<string>): (() => void)[] {
  const paris = location(DEFAULT_ZONE).nominatim;
  return [
    ...[...new Set([DEFAULT_ZONE, ...zones])].map((zone) => () => void resolveZone(zone)),
    () => void tryParse('PH', paris),
    () => void tryParse('Mo-Fr 09:00-12:00', paris),
    () => void openingStatus('Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off', DEFAULT_ZONE),
  ];
}

/**
 * Cheap answer for the "ouvert maintenant" filter over long lists: true when open, false when
 * closed, undefined when unknown, by appointment or not given.
 */
export function isOpen(hours: string | undefined, timeZone: string, now: Date = new Date(), place?: PlaceHint): boolean | undefined {
  const value = typeof hours === 'string' ? hours.trim() : '';
  if (!value || Number.isNaN(now.getTime())) return undefined;
  const zone = resolveZone(timeZone);
  const entry = evaluator(value, zone, place);
  const oh = entry.hours;
  if (!oh) return undefined;
  const minute = Math.floor(now.getTime() / 60_000);
  if (entry.lastOpen?.minute !== minute) {
    let open: boolean | undefined;
    try {
      const at = toPackageDate(wallClockIn(new Date(minute * 60_000), zone));
      open = oh.getUnknown(at) ? undefined : oh.getState(at);
    } catch {
      open = undefined;
    }
    entry.lastOpen = { minute, open };
  }
  return entry.lastOpen.open;
}

function statusAt(entry: Evaluator, oh: OpeningHours, zone: string, now: Date): OpeningStatus {
  try {
    const at = toPackageDate(wallClockIn(now, zone));
    const [open, , unknown, ruleComment] = oh.getStatePair(at);
    // getNextChange skips the rule boundaries where nothing changes (getStatePair's does not).
    const within = oh.getNextChange(at, new Date(at.getTime() + 7 * DAY_MS));
    const nextChange = within ? instantOf(fromPackageDate(within), zone) : undefined;
    const comment = ruleComment?.trim() || undefined;
    const extra = { ...(nextChange ? { nextChange } : {}), ...(comment ? { comment } : {}) };

    if (unknown) {
      const state = comment && APPOINTMENT.test(comment) ? 'appointment' : 'unknown';
      return { state, text: TEXT[state], ...extra };
    }
    if (open) {
      const until = within && dayOf(at, within);
      const text = until
        ? { fr: `Ouvert · jusqu’à ${until.fr}${until.time}`, en: `Open · until ${until.en}${until.time}` }
        : TEXT.open;
      return { state: 'open', text, ...extra };
    }
    const holiday = holidayOn(entry, at);
    if (holiday) {
      return {
        state: 'closed',
        text: { fr: 'Fermé · jour férié', en: 'Closed · public holiday' },
        ...extra,
        comment: comment ?? holiday,
      };
    }
    const opens = within && oh.getState(within) && !oh.getUnknown(within) ? dayOf(at, within) : undefined;
    const text = opens
      ? { fr: `Fermé · ouvre ${opens.fr}à ${opens.time}`, en: `Closed · opens ${opens.en}at ${opens.time}` }
      : TEXT.closed;
    return { state: 'closed', text, ...extra };
  } catch {
    // The package can also throw while evaluating (its "infinite loop in nextChange" guard).
    return { state: 'unknown', text: TEXT.unknown };
  }
}

/* ---------- week table ---------- */

/**
 * The next seven days from today (in the place's time zone), one row a day, for the detail view.
 * Empty when the hours are missing or do not parse (show "Horaires à vérifier" instead).
 */
export function weekTable(
  hours: string | undefined,
  timeZone: string,
  now: Date = new Date(),
  place?: PlaceHint,
): WeekRow[] {
  const value = typeof hours === 'string' ? hours.trim() : '';
  if (!value || Number.isNaN(now.getTime())) return [];
  const zone = resolveZone(timeZone);
  const entry = evaluator(value, zone, place);
  const oh = entry.hours;
  if (!oh) return [];

  try {
    const today = wallClockIn(now, zone);
    const rows: WeekRow[] = [];
    for (let offset = 0; offset < 7; offset++) {
      const start = new Date(today.year, today.month - 1, today.day + offset);
      const end = new Date(today.year, today.month - 1, today.day + offset + 1);
      const ranges: string[] = [];
      const comments = new Set<string>();
      for (const [from, to, unknown, comment] of oh.getOpenIntervals(start, end)) {
        const wholeDay = from.getTime() <= start.getTime() && to.getTime() >= end.getTime();
        if (comment?.trim()) comments.add(comment.trim());
        // An all-day "unknown" interval is a comment-only rule: no hours to show.
        if (unknown && wholeDay) continue;
        ranges.push(`${hhmm(from)}–${to.getTime() >= end.getTime() ? '24:00' : hhmm(to)}`);
      }
      const holidayName = holidayOn(entry, new Date(start.getFullYear(), start.getMonth(), start.getDate(), 12));
      const comment = [...comments].join(' ; ');
      rows.push({
        date: `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`,
        day: { fr: capitalize(WEEKDAYS_FR[start.getDay()]!), en: WEEKDAYS_EN[start.getDay()]! },
        today: offset === 0,
        ranges,
        closed: ranges.length === 0 && !comment,
        ...(holidayName ? { holiday: true, holidayName } : {}),
        ...(comment ? { comment } : {}),
      });
    }
    return rows;
  } catch {
    return [];
  }
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
