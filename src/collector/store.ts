/**
 * The collector's storage: one SQLite file (better-sqlite3), a table per kind of payload, one
 * column per validated field. WAL with `synchronous = FULL`: a row is on disk before its POST is
 * answered, so a crash, a kill or a power cut loses nothing that was accepted.
 */
import type { Database as SQLiteDatabase } from 'better-sqlite3';
import { departmentOfInsee, type StoredContact } from '../core/contact-schema.js';
import type { ContactRow, ExportRow, ResultsRow, RowKind } from '../core/network-export.js';
import type { StoredSubmission } from '../core/submission-schema.js';

/**
 * The schema, one step per version of the database (PRAGMA user_version); a later change is a new
 * step appended here, so that a database written by an earlier collector opens and is brought up to
 * date (an added column is NULL in the rows stored before). STRICT tables refuse a value of the wrong type; `ANY` keeps a questionnaire
 * version as the number or the text it was.
 */
const MIGRATIONS = [
  `CREATE TABLE results (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     received_at TEXT NOT NULL,
     schema TEXT NOT NULL,
     questionnaire_id TEXT NOT NULL,
     questionnaire_version ANY NOT NULL,
     score REAL,
     level TEXT,
     dimensions TEXT NOT NULL,
     date TEXT NOT NULL,
     lang TEXT NOT NULL,
     department TEXT
   ) STRICT;
   CREATE INDEX results_received_at ON results (received_at);
   CREATE TABLE contacts (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     received_at TEXT NOT NULL,
     schema TEXT NOT NULL,
     association TEXT NOT NULL,
     person TEXT NOT NULL,
     email TEXT,
     phone TEXT,
     commune TEXT,
     commune_insee TEXT,
     department TEXT,
     message TEXT,
     consent_notice TEXT NOT NULL,
     questionnaire_id TEXT,
     questionnaire_version ANY,
     level TEXT,
     lang TEXT NOT NULL,
     CHECK (email IS NOT NULL OR phone IS NOT NULL)
   ) STRICT;
   CREATE INDEX contacts_received_at ON contacts (received_at);`,
  // Results version 3: whether the association knows whom to ask (1 / 0; NULL when the payload did not say).
  `ALTER TABLE results ADD COLUMN knows_whom_to_ask INTEGER CHECK (knows_whom_to_ask IN (0, 1));`,
];

export interface Store {
  /** Stores validated anonymous results; returns the row's id. */
  addResults(payload: StoredSubmission, receivedAt: string): number;
  /** Stores a validated contact request; returns the row's id. */
  addContact(payload: StoredContact, receivedAt: string): number;
  /** Up to `limit` rows of one kind with an id above `afterId`, oldest first. */
  rows(kind: RowKind, afterId: number, limit: number): ExportRow[];
  /** Deletes the rows received before `cutoff` (ISO 8601); returns how many of each kind. */
  deleteReceivedBefore(cutoff: string): Record<RowKind, number>;
  /** Throws if the database cannot be read. */
  check(): void;
  close(): void;
}

/** better-sqlite3 is an optional dependency (a native module): say what to do when it is missing. */
async function loadDriver(): Promise<typeof import('better-sqlite3')> {
  try {
    return (await import('better-sqlite3')).default;
  } catch (error) {
    throw new Error(
      `the SQLite driver better-sqlite3 could not be loaded (${(error as Error).message}). ` +
        'It is an optional dependency of cap-numerique: install it with `npm install better-sqlite3@12`.',
      { cause: error },
    );
  }
}

export async function openStore(file: string): Promise<Store> {
  const Database = await loadDriver();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // A backup taken by `sqlite3 … .backup` holds a lock for a moment: wait for it rather than fail.
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const insertResults = db.prepare(
    `INSERT INTO results (received_at, schema, questionnaire_id, questionnaire_version, score, level, dimensions, date, lang, department,
       knows_whom_to_ask)
     VALUES (@receivedAt, @schema, @questionnaireId, @version, @score, @level, @dimensions, @date, @lang, @department,
       @knowsWhomToAsk)`,
  );
  const insertContact = db.prepare(
    `INSERT INTO contacts (received_at, schema, association, person, email, phone, commune, commune_insee, department,
       message, consent_notice, questionnaire_id, questionnaire_version, level, lang)
     VALUES (@receivedAt, @schema, @association, @person, @email, @phone, @commune, @communeInsee, @department,
       @message, @notice, @questionnaireId, @version, @level, @lang)`,
  );
  const select = {
    results: db.prepare('SELECT * FROM results WHERE id > ? ORDER BY id LIMIT ?'),
    contact: db.prepare('SELECT * FROM contacts WHERE id > ? ORDER BY id LIMIT ?'),
  };
  const remove = {
    results: db.prepare('DELETE FROM results WHERE received_at < ?'),
    contact: db.prepare('DELETE FROM contacts WHERE received_at < ?'),
  };

  return {
    addResults(payload, receivedAt) {
      const { lastInsertRowid } = insertResults.run({
        receivedAt,
        schema: payload.schema,
        questionnaireId: payload.questionnaireId,
        version: payload.version,
        score: payload.score,
        level: payload.level,
        dimensions: JSON.stringify(payload.dimensions),
        date: payload.date,
        lang: payload.lang,
        department: 'department' in payload ? (payload.department ?? null) : null,
        knowsWhomToAsk: 'knowsWhomToAsk' in payload && typeof payload.knowsWhomToAsk === 'boolean' ? Number(payload.knowsWhomToAsk) : null,
      });
      return Number(lastInsertRowid);
    },
    addContact(payload, receivedAt) {
      const insee = payload.commune?.insee;
      const { lastInsertRowid } = insertContact.run({
        receivedAt,
        schema: payload.schema,
        association: payload.association,
        person: payload.person,
        email: payload.email ?? null,
        phone: payload.phone ?? null,
        commune: payload.commune?.name ?? null,
        communeInsee: insee ?? null,
        department: insee ? departmentOfInsee(insee) : null,
        message: payload.message ?? null,
        notice: payload.consent.notice,
        questionnaireId: payload.results?.questionnaireId ?? null,
        version: payload.results?.version ?? null,
        level: payload.results?.level ?? null,
        lang: payload.lang,
      });
      return Number(lastInsertRowid);
    },
    rows(kind, afterId, limit) {
      const rows = select[kind].all(afterId, limit) as Record<string, unknown>[];
      return kind === 'results' ? rows.map(resultsRow) : rows.map(contactRow);
    },
    deleteReceivedBefore(cutoff) {
      return db.transaction(() => ({
        results: remove.results.run(cutoff).changes,
        contact: remove.contact.run(cutoff).changes,
      }))();
    },
    check() {
      db.prepare('SELECT 1').get();
    },
    close() {
      db.close();
    },
  };
}

function migrate(db: SQLiteDatabase): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new Error(`the database was written by a newer collector (schema ${version}; this one knows ${MIGRATIONS.length})`);
  }
  for (let step = version; step < MIGRATIONS.length; step++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[step]!);
      db.pragma(`user_version = ${step + 1}`);
    })();
  }
}

/** SQL NULL is "absent": the export leaves such fields out, as the payload did. */
const present = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

function resultsRow(r: Record<string, unknown>): ResultsRow {
  return {
    kind: 'results',
    id: r.id as number,
    receivedAt: r.received_at as string,
    schema: r.schema as ResultsRow['schema'],
    questionnaireId: r.questionnaire_id as string,
    version: r.questionnaire_version as string | number,
    score: r.score as number | null,
    level: r.level as string | null,
    dimensions: JSON.parse(r.dimensions as string) as ResultsRow['dimensions'],
    date: r.date as string,
    lang: r.lang as 'fr' | 'en',
    department: present(r.department as string | null),
    knowsWhomToAsk: r.knows_whom_to_ask === null || r.knows_whom_to_ask === undefined ? undefined : r.knows_whom_to_ask === 1,
  } as ResultsRow;
}

function contactRow(r: Record<string, unknown>): ContactRow {
  const communeName = present(r.commune as string | null);
  const questionnaireId = present(r.questionnaire_id as string | null);
  return {
    kind: 'contact',
    id: r.id as number,
    receivedAt: r.received_at as string,
    schema: r.schema as ContactRow['schema'],
    association: r.association as string,
    person: r.person as string,
    email: present(r.email as string | null),
    phone: present(r.phone as string | null),
    commune: communeName === undefined ? undefined : { name: communeName, insee: present(r.commune_insee as string | null) },
    department: present(r.department as string | null),
    message: present(r.message as string | null),
    consent: { given: true, notice: r.consent_notice as string },
    results:
      questionnaireId === undefined
        ? undefined
        : { questionnaireId, version: r.questionnaire_version as string | number, level: r.level as string | null },
    lang: r.lang as 'fr' | 'en',
  };
}
