import { expect } from '@open-wc/testing';
import { openingStatus } from '../../src/core/opening-hours.js';
import { STRUCTURE_TYPES } from '../../src/core/structures/model.js';
import { SUPPORT_THEMES } from '../../src/core/vocabulary.js';
import { DEMO_SOURCE, DEMO_SOURCE_LABEL, DEMO_STRUCTURES } from '../../src/data/demo-structures.js';

/** [south, north, west, east]: generous boxes around mainland France with Corsica and each overseas department. */
const BOXES: Record<string, [number, number, number, number]> = {
  mainland: [41.3, 51.15, -5.25, 9.6],
  guadeloupe: [15.8, 16.55, -61.85, -60.95],
  martinique: [14.35, 14.9, -61.25, -60.8],
  guyane: [2.1, 5.8, -54.65, -51.6],
  reunion: [-21.4, -20.85, 55.2, 55.85],
  mayotte: [-13.05, -12.6, 44.95, 45.35],
};

function boxOf(lat: number, lon: number): string | undefined {
  return Object.keys(BOXES).find((name) => {
    const [south, north, west, east] = BOXES[name]!;
    return lat >= south && lat <= north && lon >= west && lon <= east;
  });
}

/** Overseas department postcodes start with 971…976 (975 is Saint-Pierre-et-Miquelon, not a department). */
const OVERSEAS: Record<string, string> = {
  '971': 'guadeloupe', '972': 'martinique', '973': 'guyane', '974': 'reunion', '976': 'mayotte',
};

const ZONES: Record<string, string> = {
  mainland: 'Europe/Paris',
  guadeloupe: 'America/Guadeloupe',
  martinique: 'America/Martinique',
  guyane: 'America/Cayenne',
  reunion: 'Indian/Reunion',
  mayotte: 'Indian/Mayotte',
};

describe('demo structures', () => {
  it('has about 60 to 80 entries with unique ids', () => {
    expect(DEMO_STRUCTURES.length).to.be.within(60, 80);
    const ids = DEMO_STRUCTURES.map((s) => s.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^demo:[a-z0-9-]+$/);
  });

  it('covers every structure type and every support theme at least twice', () => {
    for (const type of STRUCTURE_TYPES) {
      expect(DEMO_STRUCTURES.filter((s) => s.types.includes(type)).length, type).to.be.at.least(2);
    }
    for (const theme of SUPPORT_THEMES) {
      expect(DEMO_STRUCTURES.filter((s) => s.themes.includes(theme)).length, theme).to.be.at.least(2);
    }
    for (const s of DEMO_STRUCTURES) {
      for (const type of s.types) expect(STRUCTURE_TYPES as readonly string[], s.id).to.include(type);
      for (const theme of s.themes) expect(SUPPORT_THEMES as readonly string[], s.id).to.include(theme);
      expect(s.types.length, s.id).to.be.at.least(1);
      // Help with one's own administrative procedures is no association theme: a France Services may have none.
      if (!s.types.includes('france-services')) expect(s.themes.length, s.id).to.be.at.least(1);
    }
  });

  it('tags themes for associations: no France Services on data protection, every point d’appui with its Guid’Asso level', () => {
    for (const s of DEMO_STRUCTURES.filter((x) => x.types.includes('france-services'))) {
      expect(s.themes, s.id).to.not.include('donnees-rgpd');
      expect(s.themes, s.id).to.not.include('cybersecurite');
    }
    for (const s of DEMO_STRUCTURES.filter((x) => x.types.includes('point-appui'))) {
      expect(s.guidasso, s.id).to.be.oneOf(['orientation', 'information', 'generaliste', 'specialiste']);
    }
    // The label, not a type: a structure of another type carries it too.
    expect(DEMO_STRUCTURES.some((s) => s.guidasso && !s.types.includes('point-appui'))).to.equal(true);
  });

  it('places every structure inside France, consistently with its postcode', () => {
    for (const s of DEMO_STRUCTURES) {
      const box = boxOf(s.lat, s.lon);
      expect(box, `${s.id} at ${s.lat},${s.lon}`).to.not.equal(undefined);
      expect(s.postcode, s.id).to.match(/^\d{5}$/);
      expect(box, s.id).to.equal(OVERSEAS[s.postcode!.slice(0, 3)] ?? 'mainland');
      // Real commune centres, given to 4 decimals at most.
      expect(Math.round(s.lat * 1e4) / 1e4, s.id).to.equal(s.lat);
      expect(Math.round(s.lon * 1e4) / 1e4, s.id).to.equal(s.lon);
      expect(s.city, s.id).to.be.a('string').and.not.equal('');
    }
  });

  it('includes every overseas department, and Corsica', () => {
    const boxes = new Set(DEMO_STRUCTURES.map((s) => boxOf(s.lat, s.lon)));
    for (const name of ['guadeloupe', 'martinique', 'guyane', 'reunion', 'mayotte']) expect(boxes, name).to.include(name);
    expect(DEMO_STRUCTURES.some((s) => s.postcode!.startsWith('20'))).to.equal(true);
    expect(DEMO_STRUCTURES.filter((s) => boxOf(s.lat, s.lon) === 'mainland').length).to.be.at.least(40);
  });

  it('is labelled as fictitious, with fictitious contacts and 2026 update dates', () => {
    expect(DEMO_SOURCE_LABEL).to.deep.equal({ fr: 'données de démonstration', en: 'demo data' });
    for (const s of DEMO_STRUCTURES) {
      expect(s.source).to.equal(DEMO_SOURCE);
      expect(s.source).to.contain('fictives');
      expect(s.updatedAt, s.id).to.match(/^2026-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
      // ARCEP's ranges reserved for fiction: 01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49, 09 77 40.
      if (s.phone) expect(s.phone, s.id).to.match(/^\+33 (1 99 00|2 61 91|3 53 01|4 65 71|5 36 49|9 77 40) \d\d \d\d$/);
      if (s.email) expect(s.email, s.id).to.match(/^[a-z0-9.-]+@exemple\.org$/);
      for (const url of [s.website, s.appointmentUrl]) if (url) expect(url, s.id).to.match(/^https:\/\/exemple\.org\//);
      expect(s.description, s.id).to.be.a('string').with.length.within(20, 280);
      expect(s.name.trim(), s.id).to.equal(s.name);
    }
    const names = DEMO_STRUCTURES.map((s) => s.name);
    expect(new Set(names).size).to.equal(names.length);
  });

  it('has free, paid and unknown prices', () => {
    const prices = new Set(DEMO_STRUCTURES.map((s) => s.free));
    expect([...prices]).to.have.members([true, false, undefined]);
  });

  it('has hours for most entries, with public holidays, an appointment-only and an unparsable case', () => {
    const withHours = DEMO_STRUCTURES.filter((s) => s.hours);
    expect(withHours.length / DEMO_STRUCTURES.length).to.be.above(0.9);
    expect(DEMO_STRUCTURES.some((s) => !s.hours)).to.equal(true);
    expect(withHours.filter((s) => s.hours!.includes('PH off')).length).to.be.at.least(10);

    // A Monday morning in Paris (13 July 2026, 08:30 UTC), read in each place's own zone.
    const now = new Date('2026-07-13T08:30:00Z');
    const states = withHours.map((s) => ({
      s,
      status: openingStatus(s.hours, ZONES[boxOf(s.lat, s.lon)!]!, now, { postcode: s.postcode }),
    }));
    const appointment = states.filter(({ status }) => status.state === 'appointment');
    const unknown = states.filter(({ status }) => status.state === 'unknown');
    expect(appointment.map(({ s }) => s.hours)).to.include('"sur rendez-vous"');
    expect(unknown.map(({ s }) => s.hours)).to.deep.equal(['le mardi matin']);
    // Everything else parses to an open or closed state.
    expect(states.filter(({ status }) => status.state === 'open').length).to.be.at.least(20);
    expect(states.filter(({ status }) => status.state === 'closed').length).to.be.at.least(1);
  });
});
