// The four statements of Faglig ledelse, for employees, the leader (I-form) and the superior (third person).

/** The statements (*udsagn*) in the order they are asked. */
export const items = [
  {
    id: 'retning',
    label: { da: 'Faglig retning', en: 'Professional direction' },
    text: {
      employee: { da: 'Min leder sætter en klar faglig retning for vores arbejde.', en: 'My leader sets a clear professional direction for our work.' },
      self: { da: 'Jeg sætter en klar faglig retning for vores arbejde.', en: 'I set a clear professional direction for our work.' },
      superior: { da: 'Lederen sætter en klar faglig retning for enhedens arbejde.', en: "The leader sets a clear professional direction for the unit's work." },
    },
  },
  {
    id: 'sparring',
    label: { da: 'Faglig sparring', en: 'Professional sparring' },
    text: {
      employee: { da: 'Min leder giver mig faglig sparring, når jeg har brug for det.', en: 'My leader gives me professional sparring when I need it.' },
      self: { da: 'Jeg giver mine medarbejdere faglig sparring, når de har brug for det.', en: 'I give my employees professional sparring when they need it.' },
      superior: { da: 'Lederen giver sine medarbejdere faglig sparring, når de har brug for det.', en: 'The leader gives their employees professional sparring when they need it.' },
    },
  },
  {
    id: 'prioritering',
    label: { da: 'Faglige prioriteringer', en: 'Professional priorities' },
    text: {
      employee: { da: 'Min leder hjælper os med at prioritere fagligt, når vi ikke kan nå det hele.', en: 'My leader helps us set professional priorities when we cannot do everything.' },
      self: { da: 'Jeg hjælper mine medarbejdere med at prioritere fagligt, når de ikke kan nå det hele.', en: 'I help my employees set professional priorities when they cannot do everything.' },
      superior: { da: 'Lederen hjælper sine medarbejdere med at prioritere fagligt, når de ikke kan nå det hele.', en: 'The leader helps their employees set professional priorities when they cannot do everything.' },
    },
  },
  {
    id: 'udvikling',
    label: { da: 'Faglig udvikling', en: 'Professional development' },
    text: {
      employee: { da: 'Min leder sørger for, at vi udvikler vores faglighed.', en: 'My leader makes sure that we develop our professional skills.' },
      self: { da: 'Jeg sørger for, at mine medarbejdere udvikler deres faglighed.', en: 'I make sure that my employees develop their professional skills.' },
      superior: { da: 'Lederen sørger for, at medarbejderne udvikler deres faglighed.', en: 'The leader makes sure that the employees develop their professional skills.' },
    },
  },
];
