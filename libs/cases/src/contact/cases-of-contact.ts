import { ContactKind } from '@hotline/contracts';
import { normaliseEmail } from '../identity/citizen-email';
import { normalisePhone } from './phone';

/** A contact in the form cases store it (phones in 0XXXXXXXXX form, emails lower-cased). */
export function normaliseContact(kind: ContactKind, contact: string): string {
  return kind === ContactKind.Phone ? normalisePhone(contact) : normaliseEmail(contact);
}

/** The ids of the cases that hold a contact: as the citizen's, or as a denunciation's author's ($1: the contact). */
export const CASES_OF_CONTACT_SQL = (kind: ContactKind) => {
  const column = kind === ContactKind.Phone ? 'phone' : 'email';
  return `SELECT c.id FROM cases c WHERE c.citizen_${column} = $1
          UNION SELECT i.case_id FROM case_identities i WHERE i.${column} = $1`;
};
