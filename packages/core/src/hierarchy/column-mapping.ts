import { z } from 'zod';
import { PERSON_FIELDS, REQUIRED_FIELDS, type PersonField } from './person.ts';

/** Which header of the uploaded file holds each field; remembered per tenant for the next upload. */
export type ColumnMapping = Partial<Record<PersonField, string>>;

/** zod schema of a column mapping, for every edge that receives one. */
export const columnMappingSchema = z
  .object(Object.fromEntries(PERSON_FIELDS.map((f) => [f, z.string().trim().min(1).max(200).optional()])))
  .strict() as z.ZodType<ColumnMapping>;

/** Header names HR systems commonly use, matched after normalising case, spaces, `_` and `-`. */
const ALIASES: Record<PersonField, readonly string[]> = {
  person_id: ['person_id', 'personid', 'medarbejder_id', 'medarbejdernummer', 'medarbejdernr', 'medarbnr', 'lønnummer', 'tjenestenummer', 'employee_id', 'id'],
  name: ['name', 'navn', 'fulde_navn', 'fuldt_navn', 'full_name'],
  email: ['email', 'e_mail', 'mail', 'email_adresse', 'e_mailadresse', 'arbejdsmail'],
  manager_id: ['manager_id', 'managerid', 'leder_id', 'ledernummer', 'nærmeste_leder', 'nærmeste_leder_id', 'chef_id'],
  faggruppe: ['faggruppe', 'stillingsgruppe', 'profession'],
  unit_name: ['unit_name', 'unit', 'enhed', 'enhedsnavn', 'afdeling', 'organisationsenhed'],
  language: ['language', 'sprog', 'lang', 'locale', 'sprogkode'],
  unit_code: ['unit_code', 'unitcode', 'enhedskode', 'enhedsnummer', 'afdelingskode', 'los_id', 'org_unit_code'],
};

function normalise(header: string): string {
  return header.trim().toLowerCase().replace(/[\s_-]+/g, '_');
}

/** The outcome of matching a file's headers: the mapping used, and required fields nothing maps to. */
export interface ResolvedMapping {
  mapping: ColumnMapping;
  missing: PersonField[];
}

/**
 * Maps fields to headers: the given (or remembered) mapping where its header exists in
 * the file, else a header whose name matches a known alias. A header is used once.
 */
export function resolveMapping(headers: readonly string[], preferred: ColumnMapping = {}): ResolvedMapping {
  const present = new Set(headers);
  const used = new Set<string>();
  const mapping: ColumnMapping = {};
  for (const field of PERSON_FIELDS) {
    const wanted = preferred[field];
    if (wanted !== undefined && present.has(wanted) && !used.has(wanted)) {
      mapping[field] = wanted;
      used.add(wanted);
    }
  }
  for (const field of PERSON_FIELDS) {
    if (mapping[field] !== undefined) continue;
    const aliases = new Set(ALIASES[field]);
    const match = headers.find((h) => !used.has(h) && aliases.has(normalise(h)));
    if (match !== undefined) {
      mapping[field] = match;
      used.add(match);
    }
  }
  return { mapping, missing: REQUIRED_FIELDS.filter((f) => mapping[f] === undefined) };
}
