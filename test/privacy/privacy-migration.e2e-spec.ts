import { seedDemo } from '@hotline/cases';
import { runMigrations } from '@hotline/database';
import { TestDatabase } from '@hotline/testing';

interface Contact {
  id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
}

/** The migration that set denunciation authors apart moves the contacts already stored on case rows. */
describe('the case identities migration', () => {
  const db = new TestDatabase();
  const sql = <T = Record<string, unknown>>(text: string) => db.dataSource.query(text) as Promise<T[]>;

  beforeAll(async () => {
    await db.create();
    await seedDemo(db.dataSource, { cases: 120 });
  }, 120_000);
  afterAll(() => db.drop());

  it('moves every denunciation’s contact from the case row to case_identities, leaves other cases alone, and can be undone', async () => {
    const onIdentities = () => sql<Contact>(`SELECT case_id AS id, name, phone, email FROM case_identities ORDER BY case_id`);
    const otherContacts = () =>
      sql<Contact>(`SELECT id, citizen_name AS name, citizen_phone AS phone,
      citizen_email AS email FROM cases WHERE kind <> 'denunciation' ORDER BY id`);
    const authors = await onIdentities();
    const others = await otherContacts();
    expect(authors.length).toBeGreaterThan(0);
    expect(others.some((c) => c.phone !== null)).toBe(true);

    // Back to the schema before the migration: the authors' contacts return to their case rows, as they were stored then.
    // Undo the later migrations too, down to and including this one.
    const applied = async () => (await sql<{ name: string }>(`SELECT name FROM migrations ORDER BY id`)).map((m) => m.name);
    const undone: string[] = [];
    while ((await applied()).includes('CaseIdentities1764500000000')) {
      undone.unshift((await applied()).pop()!);
      await db.dataSource.undoLastMigration({ transaction: 'each' });
    }
    const restored = await sql<Contact>(
      `SELECT id, citizen_name AS name, citizen_phone AS phone, citizen_email AS email FROM cases
       WHERE kind = 'denunciation' AND citizen_name IS NOT NULL ORDER BY id`,
    );
    expect(restored).toEqual(authors);
    expect(await sql(`SELECT to_regclass('case_identities') AS t`)).toEqual([{ t: null }]);

    expect(undone[0]).toBe('CaseIdentities1764500000000');
    expect(await runMigrations(db.dataSource)).toEqual(undone);
    expect(await onIdentities()).toEqual(authors);
    expect(
      await sql(`SELECT count(*)::int AS n FROM cases WHERE kind = 'denunciation' AND (citizen_name IS NOT NULL
      OR citizen_phone IS NOT NULL OR citizen_email IS NOT NULL)`),
    ).toEqual([{ n: 0 }]);
    expect(await otherContacts()).toEqual(others);
  });
});
