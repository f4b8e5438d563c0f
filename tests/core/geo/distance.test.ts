import { expect } from '@open-wc/testing';
import { distanceKm, formatDistance, parseLatLon } from '../../../src/core/geo/distance.js';
import { departmentTimeZone } from '../../../src/core/geo/timezone.js';

const paris = { lat: 48.8566, lon: 2.3522 };
const lyon = { lat: 45.764, lon: 4.8357 };

describe('geo/distance', () => {
  it('measures great-circle distances in km', () => {
    expect(distanceKm(paris, paris)).to.equal(0);
    expect(distanceKm(paris, lyon)).to.be.closeTo(392, 2);
    expect(distanceKm(lyon, paris)).to.equal(distanceKm(paris, lyon));
    // Paris – Saint-Denis de La Réunion, across the equator and many degrees of longitude.
    expect(distanceKm(paris, { lat: -20.8789, lon: 55.4481 })).to.be.closeTo(9350, 30);
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).to.be.closeTo(20015, 1);
  });

  it('formats distances in metres under 1 km, with one decimal under 10 km', () => {
    const nb = (s: string) => s.replace(/ /g, '\u00a0');
    expect(formatDistance(0, 'fr')).to.equal(nb('0 m'));
    expect(formatDistance(0.8, 'fr')).to.equal(nb('800 m'));
    expect(formatDistance(0.8, 'en')).to.equal(nb('800 m'));
    expect(formatDistance(0.123, 'fr')).to.equal(nb('120 m'));
    expect(formatDistance(0.996, 'fr')).to.equal(nb('1 km'));
    expect(formatDistance(2.43, 'fr')).to.equal(nb('2,4 km'));
    expect(formatDistance(2.43, 'en')).to.equal(nb('2.4 km'));
    expect(formatDistance(3, 'fr')).to.equal(nb('3 km'));
    expect(formatDistance(9.96, 'fr')).to.equal(nb('10 km'));
    expect(formatDistance(35.4, 'fr')).to.equal(nb('35 km'));
    expect(formatDistance(1234.5, 'en')).to.equal(nb('1,235 km'));
    expect(formatDistance(1234.5, 'fr')).to.match(/^1\s235\u00a0km$/);
    expect(formatDistance(Number.NaN, 'fr')).to.equal('');
    expect(formatDistance(-1, 'fr')).to.equal('');
  });

  it('parses "lat,lon" pairs and rejects anything else', () => {
    expect(parseLatLon('48.85,2.35')).to.deep.equal({ lat: 48.85, lon: 2.35 });
    expect(parseLatLon(' 48.85, 2.35 ')).to.deep.equal({ lat: 48.85, lon: 2.35 });
    expect(parseLatLon('-20.88 55.45')).to.deep.equal({ lat: -20.88, lon: 55.45 });
    expect(parseLatLon('48.85;2.35')).to.deep.equal({ lat: 48.85, lon: 2.35 });
    expect(parseLatLon('48,85 ; 2,35')).to.deep.equal({ lat: 48.85, lon: 2.35 });
    expect(parseLatLon('14.6,-61.07')).to.deep.equal({ lat: 14.6, lon: -61.07 });
    for (const bad of ['', 'Lyon', '69003', '48.85', '91,2.35', '48.85,181', '48.85,2.35,3', '48.85,,2.35', 'a,b', undefined, null]) {
      expect(parseLatLon(bad), String(bad)).to.equal(undefined);
    }
  });

  it('gives each department its time zone', () => {
    expect(departmentTimeZone('69')).to.equal('Europe/Paris');
    expect(departmentTimeZone('2A')).to.equal('Europe/Paris');
    expect(departmentTimeZone('971')).to.equal('America/Guadeloupe');
    expect(departmentTimeZone('972')).to.equal('America/Martinique');
    expect(departmentTimeZone('973')).to.equal('America/Cayenne');
    expect(departmentTimeZone('974')).to.equal('Indian/Reunion');
    expect(departmentTimeZone('976')).to.equal('Indian/Mayotte');
    expect(departmentTimeZone('constructor')).to.equal('Europe/Paris');
    // Every zone is one the browser knows.
    for (const d of ['971', '972', '973', '974', '975', '976', '977', '978', '986', '987', '988']) {
      expect(() => new Intl.DateTimeFormat('fr', { timeZone: departmentTimeZone(d) })).not.to.throw();
    }
  });
});
