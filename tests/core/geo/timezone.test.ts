import { expect } from '@open-wc/testing';
import { timeZoneOf } from '../../../src/core/geo/timezone.js';
import { openingStatus } from '../../../src/core/opening-hours.js';

const at = (insee: string | undefined, postcode: string | undefined, lat = NaN, lon = NaN) => timeZoneOf({ inseeCode: insee, postcode, lat, lon });

describe('geo/timezone: every overseas code', () => {
  it('gives each department and collectivity its zone, by INSEE code or postcode', () => {
    expect(at('98818', undefined)).to.equal('Pacific/Noumea');
    expect(at(undefined, '98800')).to.equal('Pacific/Noumea');
    expect(at('98735', '98714')).to.equal('Pacific/Tahiti');
    expect(at('98613', undefined)).to.equal('Pacific/Wallis');
    expect(at(undefined, '98600')).to.equal('Pacific/Wallis');
    expect(at('97502', '97500')).to.equal('America/Miquelon');
    expect(at('97701', undefined)).to.equal('America/St_Barthelemy');
    // Saint-Barthélemy's and Saint-Martin's postcodes start like Guadeloupe's.
    expect(at(undefined, '97133')).to.equal('America/St_Barthelemy');
    expect(at(undefined, '97150')).to.equal('America/Marigot');
    expect(at(undefined, '97100')).to.equal('America/Guadeloupe');
    expect(at('97801', '97150')).to.equal('America/Marigot');
    expect(at('97411', undefined)).to.equal('Indian/Reunion');
    expect(at('69123', '69003')).to.equal('Europe/Paris');
    expect(at('2A004', undefined)).to.equal('Europe/Paris');
  });

  it('tells French Polynesia’s three zones apart', () => {
    expect(at('98731', undefined)).to.equal('Pacific/Marquesas'); // Nuku-Hiva
    expect(at(undefined, '98742')).to.equal('Pacific/Marquesas');
    expect(at('98719', undefined)).to.equal('Pacific/Gambier');
    expect(at(undefined, '98755')).to.equal('Pacific/Gambier');
    expect(at('98740', undefined)).to.equal('Pacific/Tahiti'); // Rangiroa, whose INSEE code looks like a Marquesas postcode
  });

  it('falls back on the position when a place has no code', () => {
    expect(at(undefined, undefined, -22.27, 166.45)).to.equal('Pacific/Noumea');
    expect(at(undefined, undefined, -17.53, -149.57)).to.equal('Pacific/Tahiti');
    expect(at(undefined, undefined, -8.91, -140.1)).to.equal('Pacific/Marquesas');
    expect(at(undefined, undefined, -23.12, -134.97)).to.equal('Pacific/Gambier');
    expect(at(undefined, undefined, -13.28, -176.17)).to.equal('Pacific/Wallis');
    expect(at(undefined, undefined, 46.78, -56.18)).to.equal('America/Miquelon');
    expect(at(undefined, undefined, 17.9, -62.85)).to.equal('America/St_Barthelemy');
    expect(at(undefined, undefined, 18.07, -63.08)).to.equal('America/Marigot');
    expect(at(undefined, undefined, 16.24, -61.53)).to.equal('America/Guadeloupe');
    expect(at(undefined, undefined, 45.76, 4.84)).to.equal('Europe/Paris');
  });

  it('says « Fermé » at 03:09 in Nouméa and « Ouvert » at 09:00 in Papeete, whatever the browser’s zone', () => {
    const hours = 'Mo-Fr 08:00-22:00';
    const noumea = { inseeCode: '98818', postcode: '98800', lat: -22.27, lon: 166.45 };
    const papeete = { inseeCode: '98735', postcode: '98714', lat: -17.53, lon: -149.57 };
    // Tuesday 2026-03-10 03:09 in Nouméa (UTC+11) is Monday 16:09 UTC, 17:09 in Paris (open there).
    const night = new Date('2026-03-09T16:09:00Z');
    expect(openingStatus(hours, 'Europe/Paris', night).state).to.equal('open');
    expect(openingStatus(hours, timeZoneOf(noumea), night).state).to.equal('closed');
    // Monday 09:00 in Papeete (UTC−10) is 19:00 UTC, 20:00 in Paris; 06:00 on Tuesday in Nouméa.
    const morning = new Date('2026-03-09T19:00:00Z');
    const status = openingStatus(hours, timeZoneOf(papeete), morning);
    expect(status.state).to.equal('open');
    expect(status.text.fr).to.match(/jusqu.à 22:00/);
    expect(openingStatus(hours, timeZoneOf(noumea), morning).state).to.equal('closed');
    // Marquesas: 30 minutes ahead of Tahiti. 21:45 in Papeete is 22:15 in Taiohae.
    const late = new Date('2026-03-10T07:45:00Z');
    expect(openingStatus(hours, timeZoneOf(papeete), late).state).to.equal('open');
    expect(openingStatus(hours, timeZoneOf({ inseeCode: '98731', lat: NaN, lon: NaN }), late).state).to.equal('closed');
  });
});
