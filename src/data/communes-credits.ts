// Credits for the bundled commune index (scripts/build-communes.mjs): the producers of the data and
// their licences, shown wherever the offline geocoder is used (Licence Ouverte 2.0 and CC BY 4.0
// both require attribution). The npm packages that carry the data are build tools, not sources:
// - INSEE, Code officiel géographique and populations légales (https://www.insee.fr/fr/information/2560452),
//   Licence Ouverte 2.0 (https://www.etalab.gouv.fr/licence-ouverte-open-licence): communes, INSEE codes, populations;
// - La Poste, base officielle des codes postaux
//   (https://www.data.gouv.fr/fr/datasets/base-officielle-des-codes-postaux/), Licence Ouverte 2.0
//   (under the ODbL until 2021): postcodes;
// - GeoNames (https://www.geonames.org/), CC BY 4.0: coordinates.
// Kept as two short lines: they ship with the finder before its lazy chunks.
import type { Lang } from '../core/i18n.js';

/** The credits as one line of text in each language. */
const CREDITS = {
  fr: 'Communes, codes INSEE et populations : INSEE, Code officiel géographique (Licence Ouverte 2.0) ; codes postaux : La Poste, base officielle des codes postaux (Licence Ouverte 2.0) ; coordonnées : GeoNames (CC BY 4.0)',
  en: 'Communes, INSEE codes and populations: INSEE, Code officiel géographique (Licence Ouverte 2.0); postcodes: La Poste, base officielle des codes postaux (Licence Ouverte 2.0); coordinates: GeoNames (CC BY 4.0)',
};

/** The credits in the page's language. */
export const communesCredits = (lang: Lang): string => (lang === 'en' ? CREDITS.en : CREDITS.fr);
