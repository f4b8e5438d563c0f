import { expect } from '@open-wc/testing';
import { isOpen, openingStatus, weekTable } from '../../src/core/opening-hours.js';

const WEEKDAYS = 'Mo-Fr 09:00-17:00; PH off';
const TYPICAL = 'Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00';

describe('openingStatus', () => {
  it('is open on a working day within the hours, with the closing time', () => {
    // Monday 13 July 2026, 10:00 in Paris (UTC+2).
    const status = openingStatus(WEEKDAYS, 'Europe/Paris', new Date('2026-07-13T08:00:00Z'));
    expect(status.state).to.equal('open');
    expect(status.text.fr).to.equal('Ouvert · jusqu’à 17:00');
    expect(status.text.en).to.equal('Open · until 17:00');
    expect(status.nextChange?.toISOString()).to.equal('2026-07-13T15:00:00.000Z');
  });

  it('is closed on 14 July (Bastille Day) when the hours say PH off', () => {
    const status = openingStatus(WEEKDAYS, 'Europe/Paris', new Date('2026-07-14T08:00:00Z'));
    expect(status.state).to.equal('closed');
    expect(status.text.fr).to.equal('Fermé · jour férié');
    expect(status.comment).to.equal('Fête Nationale de la France');
    // Reopens on Wednesday 15 July at 09:00 Paris time.
    expect(status.nextChange?.toISOString()).to.equal('2026-07-15T07:00:00.000Z');
  });

  it('is closed on a Sunday and says when it opens again', () => {
    const status = openingStatus(WEEKDAYS, 'Europe/Paris', new Date('2026-07-12T10:00:00Z'));
    expect(status.state).to.equal('closed');
    expect(status.text.fr).to.equal('Fermé · ouvre demain à 09:00');
    expect(status.text.en).to.equal('Closed · opens tomorrow at 09:00');
    expect(status.nextChange?.toISOString()).to.equal('2026-07-13T07:00:00.000Z');
  });

  it('reads the hours in La Réunion’s time zone, not Paris’s', () => {
    // 04:30 UTC on Wednesday 10 June 2026: 08:30 in Réunion (UTC+4), 06:30 in Paris (UTC+2).
    const instant = new Date('2026-06-10T04:30:00Z');
    const reunion = openingStatus('Mo-Fr 08:00-12:00', 'Indian/Reunion', instant);
    expect(reunion.state).to.equal('open');
    expect(reunion.nextChange?.toISOString()).to.equal('2026-06-10T08:00:00.000Z');
    const paris = openingStatus('Mo-Fr 08:00-12:00', 'Europe/Paris', instant);
    expect(paris.state).to.equal('closed');
    expect(paris.text.fr).to.equal('Fermé · ouvre à 08:00');
    expect(paris.nextChange?.toISOString()).to.equal('2026-06-10T06:00:00.000Z');
  });

  it('reads the hours in Martinique’s time zone, not Paris’s', () => {
    // 13:00 UTC: 09:00 in Martinique (UTC−4), 15:00 in Paris.
    const instant = new Date('2026-06-10T13:00:00Z');
    expect(openingStatus('Mo-Fr 08:00-12:00', 'America/Martinique', instant).state).to.equal('open');
    expect(openingStatus('Mo-Fr 08:00-12:00', 'Europe/Paris', instant).state).to.equal('closed');
  });

  it('applies the overseas departments’ own public holidays', () => {
    // Friday 22 May 2026, 09:00 in the Antilles: abolition of slavery in Martinique only.
    const instant = new Date('2026-05-22T13:00:00Z');
    const hours = 'Mo-Fr 08:00-12:00; PH off';
    const martinique = openingStatus(hours, 'America/Martinique', instant);
    expect(martinique.state).to.equal('closed');
    expect(martinique.comment).to.equal('Abolition de l’esclavage');
    expect(openingStatus(hours, 'America/Guadeloupe', instant).state).to.equal('open');
    // Sunday 20 December 2026 in La Réunion, but not in Paris.
    const reunion = new Date('2026-12-20T07:00:00Z');
    expect(openingStatus('Mo-Su 08:00-18:00; PH off', 'Indian/Reunion', reunion).state).to.equal('closed');
    expect(openingStatus('Mo-Su 08:00-18:00; PH off', 'Europe/Paris', reunion).state).to.equal('open');
  });

  it('applies Alsace-Moselle’s Good Friday when the postcode says so', () => {
    const goodFriday = new Date('2026-04-03T08:00:00Z');
    const hours = 'Mo-Fr 08:00-12:00; PH off';
    expect(openingStatus(hours, 'Europe/Paris', goodFriday, { postcode: '67000' }).state).to.equal('closed');
    expect(openingStatus(hours, 'Europe/Paris', goodFriday, { postcode: '75011' }).state).to.equal('open');
  });

  it('crosses the spring DST change in Paris', () => {
    // 29 March 2026: 01:30 CET, clocks jump from 02:00 to 03:00; closing at 04:00 CEST = 02:00 UTC.
    const status = openingStatus('Mo-Su 01:00-04:00', 'Europe/Paris', new Date('2026-03-29T00:30:00Z'));
    expect(status.state).to.equal('open');
    expect(status.nextChange?.toISOString()).to.equal('2026-03-29T02:00:00.000Z');
  });

  it('says "Sur rendez-vous" for a comment-only rule, never "Fermé"', () => {
    for (const hours of ['"sur rendez-vous"', 'sur rendez-vous', 'Sur RDV']) {
      const status = openingStatus(hours, 'Europe/Paris', new Date('2026-07-13T08:00:00Z'));
      expect(status.state, hours).to.equal('appointment');
      expect(status.text).to.deep.equal({ fr: 'Sur rendez-vous', en: 'By appointment' });
    }
  });

  it('says "Sur rendez-vous" during appointment-only hours, and closed outside them', () => {
    const hours = 'Mo-Fr 09:00-12:00 "sur rendez-vous"';
    expect(openingStatus(hours, 'Europe/Paris', new Date('2026-07-13T08:00:00Z')).state).to.equal('appointment');
    expect(openingStatus(hours, 'Europe/Paris', new Date('2026-07-13T14:00:00Z')).state).to.equal('closed');
  });

  it('says "Horaires à vérifier" for hours that do not parse, without throwing', () => {
    for (const hours of ['le mardi matin', 'Mo-Fr 25:00-99:00', ';;;', 'Lundi au vendredi']) {
      const status = openingStatus(hours, 'Europe/Paris', new Date('2026-07-13T08:00:00Z'));
      expect(status.state, hours).to.equal('unknown');
      expect(status.text.fr).to.equal('Horaires à vérifier');
    }
  });

  it('reads French and English day names, and says "Horaires à vérifier" for another language', () => {
    // Monday 13 July 2026, 10:00 in Paris. The build keeps the package's French and English words.
    for (const hours of ['lu-ve 09:00-12:00', 'Lundi-Vendredi 9h-12h', 'Monday-Friday 09:00-12:00']) {
      expect(openingStatus(hours, 'Europe/Paris', new Date('2026-07-13T08:00:00Z')).state, hours).to.equal('open');
    }
    const spanish = openingStatus('lunes-viernes 09:00-13:00', 'Europe/Paris', new Date('2026-07-13T08:00:00Z'));
    expect(spanish.state).to.equal('unknown');
    expect(spanish.text.fr).to.equal('Horaires à vérifier');
  });

  it('says unknown for empty or missing hours', () => {
    for (const hours of [undefined, '', '   ']) {
      const status = openingStatus(hours, 'Europe/Paris');
      expect(status.state).to.equal('unknown');
      expect(status.text.fr).to.not.contain('Fermé');
    }
  });

  it('falls back to Paris for an unknown time zone and an invalid date, without throwing', () => {
    const instant = new Date('2026-06-10T08:00:00Z');
    expect(openingStatus('Mo-Fr 08:00-12:00', 'Nowhere/Zone', instant).state).to.equal('open');
    expect(openingStatus('Mo-Fr 08:00-12:00', 'Europe/Paris', new Date(Number.NaN)).state).to.equal('unknown');
  });

  it('gives the same answer on each call in the same minute (cached) and a fresh one later', () => {
    const first = openingStatus(WEEKDAYS, 'Europe/Paris', new Date('2026-07-13T14:59:10Z'));
    const again = openingStatus(WEEKDAYS, 'Europe/Paris', new Date('2026-07-13T14:59:50Z'));
    expect(again).to.deep.equal(first);
    expect(first.state).to.equal('open');
    expect(openingStatus(WEEKDAYS, 'Europe/Paris', new Date('2026-07-13T15:00:00Z')).state).to.equal('closed');
  });
});

describe('isOpen', () => {
  it('answers true, false or undefined for the "ouvert maintenant" filter', () => {
    const monday10 = new Date('2026-07-13T08:00:00Z');
    expect(isOpen(WEEKDAYS, 'Europe/Paris', monday10)).to.equal(true);
    expect(isOpen(WEEKDAYS, 'Europe/Paris', new Date('2026-07-14T08:00:00Z'))).to.equal(false);
    expect(isOpen('"sur rendez-vous"', 'Europe/Paris', monday10)).to.equal(undefined);
    expect(isOpen('le mardi matin', 'Europe/Paris', monday10)).to.equal(undefined);
    expect(isOpen(undefined, 'Europe/Paris', monday10)).to.equal(undefined);
  });
});

describe('weekTable', () => {
  it('lists the next seven days of typical hours, from today', () => {
    // Sunday 12 July 2026, noon in Paris.
    const rows = weekTable(TYPICAL, 'Europe/Paris', new Date('2026-07-12T10:00:00Z'));
    expect(rows.map((r) => r.day.fr)).to.deep.equal(['Dimanche', 'Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi']);
    expect(rows.map((r) => r.date)).to.deep.equal([
      '2026-07-12', '2026-07-13', '2026-07-14', '2026-07-15', '2026-07-16', '2026-07-17', '2026-07-18',
    ]);
    expect(rows[0]).to.include({ today: true, closed: true });
    expect(rows[0]!.ranges).to.deep.equal([]);
    expect(rows[1]!.ranges).to.deep.equal(['09:00–12:00', '14:00–18:30']);
    expect(rows[1]!.day.en).to.equal('Monday');
    expect(rows[6]!.ranges).to.deep.equal(['08:30–12:00']);
    // No "PH off" in these hours: open on 14 July, but the row says it is a public holiday.
    expect(rows[2]).to.include({ holiday: true, holidayName: 'Fête Nationale de la France', closed: false });
    expect(rows[3]!.holiday).to.equal(undefined);
  });

  it('closes the public holiday when the hours say PH off', () => {
    const rows = weekTable(`${TYPICAL}; PH off`, 'Europe/Paris', new Date('2026-07-12T10:00:00Z'));
    expect(rows[2]).to.include({ holiday: true, closed: true });
    expect(rows[2]!.ranges).to.deep.equal([]);
  });

  it('starts from the place’s own date', () => {
    // 21:00 UTC on Sunday 12 July is already Monday 01:00 in La Réunion.
    const rows = weekTable(TYPICAL, 'Indian/Reunion', new Date('2026-07-12T21:00:00Z'));
    expect(rows[0]).to.include({ date: '2026-07-13', today: true });
    expect(rows[0]!.ranges).to.deep.equal(['09:00–12:00', '14:00–18:30']);
  });

  it('splits a range that wraps past midnight', () => {
    const rows = weekTable('Fr 20:00-02:00', 'Europe/Paris', new Date('2026-07-13T10:00:00Z'));
    const friday = rows.find((r) => r.day.en === 'Friday')!;
    const saturday = rows.find((r) => r.day.en === 'Saturday')!;
    expect(friday.ranges).to.deep.equal(['20:00–24:00']);
    expect(saturday.ranges).to.deep.equal(['00:00–02:00']);
  });

  it('shows the comment, not "closed", for appointment-only places', () => {
    const rows = weekTable('"sur rendez-vous"', 'Europe/Paris', new Date('2026-07-13T10:00:00Z'));
    expect(rows).to.have.length(7);
    for (const row of rows) {
      expect(row).to.include({ closed: false, comment: 'sur rendez-vous' });
      expect(row.ranges).to.deep.equal([]);
    }
    const partial = weekTable('Mo 09:00-12:00 "sur rendez-vous"', 'Europe/Paris', new Date('2026-07-13T10:00:00Z'));
    expect(partial[0]).to.deep.include({ ranges: ['09:00–12:00'], comment: 'sur rendez-vous', closed: false });
  });

  it('is empty for missing or unparsable hours', () => {
    expect(weekTable(undefined, 'Europe/Paris')).to.deep.equal([]);
    expect(weekTable('le mardi matin', 'Europe/Paris')).to.deep.equal([]);
  });
});
