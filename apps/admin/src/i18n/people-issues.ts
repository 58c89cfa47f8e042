/**
 * Why a change to the leadership chain was refused, by the code the server gives it
 * (`people.managerInOwnChain` → `peopleIssues.managerInOwnChain`), with the values it sends.
 */
const da = {
  largeChange: 'Importen markerer {left} af de {people} personer som fratrådt og flytter {moved} til en ny leder. Det er mere end de {limit} %, der må ændres uden bekræftelse. Tjek, hvem der fratræder og flyttes, og bekræft så importen.',
  managerIsSelf: '{person} kan ikke være sin egen leder. Vælg en anden, eller gør personen øverst i sin egen kæde.',
  managerNotFound: 'Ingen person har medarbejdernr. "{managerId}". Vælg en leder, der findes.',
  managerInOwnChain: '{manager} er under {person} i ledelseskæden, så {personName} kan ikke have {managerName} som leder. Vælg en leder uden for kæden, eller flyt {managerName} først.',
};

const en: typeof da = {
  largeChange: 'The import marks {left} of the {people} people as having left and moves {moved} to another manager. That is more than the {limit} % that may change without confirmation. Check who leaves and who moves, then confirm the import.',
  managerIsSelf: '{person} cannot be their own manager. Choose someone else, or make them a top of their own chain.',
  managerNotFound: 'No person has employee no. "{managerId}". Choose an existing manager.',
  managerInOwnChain: '{manager} is below {person} in the leadership chain, so {personName} cannot report to {managerName}. Choose a manager outside the chain, or move {managerName} first.',
};

export default { da, en };
