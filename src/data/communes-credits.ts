// Credits for the bundled commune index (scripts/build-communes.mjs): the producers of the data and
// their licences, shown wherever the offline geocoder is used (Licence Ouverte 2.0 and CC BY 4.0
// both require attribution). The npm packages that carry the data are build tools, not sources.
import type { Lang } from '../core/i18n.js';

export interface Credit {
  /** What the source gives the index. */
  what: { fr: string; en: string };
  /** Producer and dataset. */
  source: string;
  href: string;
  licence: string;
  licenceHref: string;
}

const LICENCE_OUVERTE = 'https://www.etalab.gouv.fr/licence-ouverte-open-licence';

/** The index's sources, in the order the credits line names them. */
export const COMMUNES_SOURCES: readonly Credit[] = [
  {
    what: { fr: 'Communes, codes INSEE et populations', en: 'Communes, INSEE codes and populations' },
    source: 'INSEE, Code officiel géographique et populations légales',
    href: 'https://www.insee.fr/fr/information/2560452',
    licence: 'Licence Ouverte 2.0',
    licenceHref: LICENCE_OUVERTE,
  },
  {
    what: { fr: 'codes postaux', en: 'postcodes' },
    source: 'La Poste, base officielle des codes postaux',
    href: 'https://www.data.gouv.fr/fr/datasets/base-officielle-des-codes-postaux/',
    // Published under the ODbL until 2021, under the Licence Ouverte since.
    licence: 'Licence Ouverte 2.0',
    licenceHref: LICENCE_OUVERTE,
  },
  {
    what: { fr: 'coordonnées', en: 'coordinates' },
    source: 'GeoNames',
    href: 'https://www.geonames.org/',
    licence: 'CC BY 4.0',
    licenceHref: 'https://creativecommons.org/licenses/by/4.0/',
  },
];

/** The credits as one line of text, in the page's language. */
export function communesCredits(lang: Lang): string {
  const en = lang === 'en';
  // French typography: a no-break space before the colon, a narrow one before the semicolon.
  return COMMUNES_SOURCES.map((c) => `${c.what[en ? 'en' : 'fr']}${en ? ':' : '\u00a0:'} ${c.source} (${c.licence})`).join(en ? '; ' : '\u202f; ');
}

/** The French line (the finder's default language). */
export const COMMUNES_CREDITS = communesCredits('fr');
