import { expect } from '@open-wc/testing';
import { csvParseRows } from 'd3-dsv';
import {
  columnsFor,
  csvCell,
  csvCellText,
  csvHeader,
  csvRecord,
  type ContactRow,
  type ResultsRow,
} from '../../src/core/network-export.js';

const resultsRow: ResultsRow = {
  kind: 'results',
  id: 7,
  receivedAt: '2026-11-26T10:12:00.000Z',
  schema: 'cap-numerique/submission/2',
  questionnaireId: 'cap-numerique-maturite',
  version: '2026.1',
  score: 31.5,
  level: 'peu-initiee',
  dimensions: [{ id: 'strategie', score: 20, level: 'peu-initiee', answered: 4 }],
  date: '2026-11-26',
  lang: 'fr',
  department: '69',
};

const contactRow: ContactRow = {
  kind: 'contact',
  id: 3,
  receivedAt: '2026-11-27T08:00:00.000Z',
  schema: 'cap-numerique/contact/1',
  association: '=HYPERLINK("http://evil.example","Amis")',
  person: 'Claire, "la présidente"',
  phone: '+33 4 72 10 30 30',
  commune: { name: 'Lyon', insee: '69123' },
  department: '69',
  message: 'Bonjour,\nmerci',
  consent: { given: true, notice: 'notice-2026-11' },
  lang: 'fr',
};

/** The CSV of these rows as a spreadsheet would read it: header, then cells by column name. */
function read(rows: (ResultsRow | ContactRow)[], kinds: ('results' | 'contact')[]) {
  const columns = columnsFor(kinds);
  const text = [csvHeader(columns), ...rows.map((row) => csvRecord(row, columns))].join('\r\n');
  const [header, ...records] = csvParseRows(text);
  return records.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i]!])));
}

describe('network export', () => {
  it('puts an apostrophe before anything a spreadsheet would run as a formula, and reads it back', () => {
    for (const text of ['=1+1', '+33 4 72', '-2+3', '@SUM(A1)', '\tx', '\rx', "'quoted", "'=1"]) {
      expect(csvCell(text), text).to.equal(`'${text}`);
      expect(csvCellText(csvCell(text)), text).to.equal(text);
    }
    for (const text of ['Lyon', '', '1=1', 'a-b', "l'asso"]) {
      expect(csvCell(text), text).to.equal(text);
      expect(csvCellText(csvCell(text)), text).to.equal(text);
    }
    expect(csvCell(null)).to.equal('');
    expect(csvCell(undefined)).to.equal('');
    expect(csvCell(62.5)).to.equal('62.5');
  });

  it('writes both kinds of row under one header, told apart by kind, each with its received date', () => {
    const [results, contact] = read([resultsRow, contactRow], ['results', 'contact']);
    expect(results).to.include({ kind: 'results', id: '7', received_at: '2026-11-26T10:12:00.000Z', department: '69', score: '31.5', level: 'peu-initiee', association: '' });
    expect(JSON.parse(results!.dimensions!)).to.deep.equal(resultsRow.dimensions);
    expect(contact).to.include({ kind: 'contact', id: '3', received_at: '2026-11-27T08:00:00.000Z', score: '', dimensions: '', commune: 'Lyon', commune_insee: '69123' });
    // Quoted per RFC 4180: commas, quotes and line breaks stay inside their cell.
    expect(contact!.person).to.equal('Claire, "la présidente"');
    expect(contact!.message).to.equal('Bonjour,\nmerci');
    expect(contact!.association).to.equal(`'${contactRow.association}`);
    expect(csvCellText(contact!.phone!)).to.equal('+33 4 72 10 30 30');
  });

  it('writes whether the association knows whom to ask (results version 3) as true, false or empty', () => {
    const v3 = (knowsWhomToAsk: boolean): ResultsRow => ({ ...resultsRow, schema: 'cap-numerique/submission/3', knowsWhomToAsk });
    const [no, yes, before, contact] = read([v3(false), v3(true), resultsRow, contactRow], ['results', 'contact']);
    expect(no).to.include({ schema: 'cap-numerique/submission/3', knows_whom_to_ask: 'false' });
    expect(yes).to.include({ knows_whom_to_ask: 'true' });
    expect(before).to.include({ knows_whom_to_ask: '' });
    expect(contact).to.include({ knows_whom_to_ask: '' });
    expect(columnsFor(['contact']).map((c) => c.name)).to.not.include('knows_whom_to_ask');
  });

  it('keeps to the columns of the kind asked for', () => {
    const names = (kinds: ('results' | 'contact')[]) => columnsFor(kinds).map((c) => c.name);
    expect(names(['contact'])).to.not.include.members(['score', 'dimensions', 'date']);
    expect(names(['contact'])).to.include.members(['kind', 'received_at', 'association', 'email', 'phone', 'message', 'consent_notice', 'level']);
    expect(names(['results'])).to.not.include.members(['association', 'person', 'email', 'phone', 'message']);
    const [contact] = read([{ ...contactRow, results: { questionnaireId: 'q', version: 3, level: 'peu-initiee' } }], ['contact']);
    expect(contact).to.include({ questionnaire_id: 'q', questionnaire_version: '3', level: 'peu-initiee' });
  });
});
