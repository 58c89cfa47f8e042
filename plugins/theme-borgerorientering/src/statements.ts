// The four statements. Employee wording as in the source text; the leader's own in I-form,
// the superior's with the leader in third person.

/** The statements (*udsagn*) in the order of the source text. */
export const items = [
  {
    id: 'kultur',
    label: { da: 'Kultur', en: 'Culture' },
    text: {
      employee: { da: 'Min leder skaber en kultur, hvor vi sætter borgeren først i vores arbejde.', en: 'My leader creates a culture where we put the citizen first in our work.' },
      self: { da: 'Jeg skaber en kultur, hvor vi sætter borgeren først i vores arbejde.', en: 'I create a culture where we put the citizen first in our work.' },
      superior: { da: 'Lederen skaber en kultur, hvor medarbejderne sætter borgeren først i deres arbejde.', en: 'The leader creates a culture where the employees put the citizen first in their work.' },
    },
  },
  {
    id: 'balance',
    label: { da: 'Balance', en: 'Balance' },
    text: {
      employee: { da: 'Min leder hjælper os til at finde den rigtige balance mellem at tage hensyn til den enkelte borger og at tage hensyn til alle borgere.', en: 'My leader helps us find the right balance between considering the individual citizen and considering all citizens.' },
      self: { da: 'Jeg hjælper mine medarbejdere til at finde den rigtige balance mellem at tage hensyn til den enkelte borger og at tage hensyn til alle borgere.', en: 'I help my employees find the right balance between considering the individual citizen and considering all citizens.' },
      superior: { da: 'Lederen hjælper sine medarbejdere til at finde den rigtige balance mellem at tage hensyn til den enkelte borger og at tage hensyn til alle borgere.', en: 'The leader helps their employees find the right balance between considering the individual citizen and considering all citizens.' },
    },
  },
  {
    id: 'oplevet-kvalitet',
    label: { da: 'Oplevet kvalitet', en: 'Perceived quality' },
    text: {
      employee: { da: 'Min leder bruger viden om, hvordan borgerne oplever kvaliteten i vores arbejde, til at forbedre vores opgaveløsning.', en: 'My leader uses knowledge of how citizens experience the quality of our work to improve how we carry out our tasks.' },
      self: { da: 'Jeg bruger viden om, hvordan borgerne oplever kvaliteten i vores arbejde, til at forbedre vores opgaveløsning.', en: 'I use knowledge of how citizens experience the quality of our work to improve how we carry out our tasks.' },
      superior: { da: 'Lederen bruger viden om, hvordan borgerne oplever kvaliteten i enhedens arbejde, til at forbedre enhedens opgaveløsning.', en: 'The leader uses knowledge of how citizens experience the quality of the unit\'s work to improve how the unit carries out its tasks.' },
    },
  },
  {
    id: 'vaerdi',
    label: { da: 'Værdi for borgerne', en: 'Value for citizens' },
    text: {
      employee: { da: 'Min leder bruger viden om værdien af vores arbejde for borgerne til at forbedre vores opgaveløsning.', en: 'My leader uses knowledge of the value of our work for citizens to improve how we carry out our tasks.' },
      self: { da: 'Jeg bruger viden om værdien af vores arbejde for borgerne til at forbedre vores opgaveløsning.', en: 'I use knowledge of the value of our work for citizens to improve how we carry out our tasks.' },
      superior: { da: 'Lederen bruger viden om værdien af enhedens arbejde for borgerne til at forbedre enhedens opgaveløsning.', en: 'The leader uses knowledge of the value of the unit\'s work for citizens to improve how the unit carries out its tasks.' },
    },
  },
];
