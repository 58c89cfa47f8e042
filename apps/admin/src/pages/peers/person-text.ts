/** A person as the nomination pages show them: id, today's name and unit. */
export interface NominationPerson {
  personId: string;
  name: string;
  unitName: string | null;
}

/** "Lærke Jensen (Ågade Skole, id 1005)": the name with what tells two leaders of one name apart, for buttons' labels and messages. */
export function personText(t: (key: string, params: Record<string, unknown>) => string, person: NominationPerson): string {
  return t('peers.nominations.person', { name: person.name, details: personDetails(t, person) });
}

/** "Ågade Skole, id 1005" (the id alone for someone without a unit). */
export function personDetails(t: (key: string, params: Record<string, unknown>) => string, person: NominationPerson): string {
  const id = t('peers.nominations.personId', { id: person.personId });
  return person.unitName ? `${person.unitName}, ${id}` : id;
}
