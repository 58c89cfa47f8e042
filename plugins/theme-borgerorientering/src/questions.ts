// The two open questions: what the leader does particularly well for the citizens, and what could be
// better. Employee wording as the issue gives it; the leader's own in I-form, the superior's about
// the leader in third person.

/** The open questions (*åbne spørgsmål*), asked after the four statements; answering them is optional. */
export const questions = [
  {
    id: 'godt',
    label: { da: 'Særligt godt', en: 'Particularly good' },
    text: {
      employee: { da: 'Hvad gør din leder særligt godt, når det gælder borgerorientering?', en: 'What does your leader do particularly well when it comes to citizen orientation?' },
      self: { da: 'Hvad gør du særligt godt, når det gælder borgerorientering?', en: 'What do you do particularly well when it comes to citizen orientation?' },
      superior: { da: 'Hvad gør lederen særligt godt, når det gælder borgerorientering?', en: 'What does the leader do particularly well when it comes to citizen orientation?' },
    },
  },
  {
    id: 'bedre',
    label: { da: 'Kunne gøres bedre', en: 'Could be better' },
    text: {
      employee: { da: 'Hvad kunne din leder gøre bedre?', en: 'What could your leader do better?' },
      self: { da: 'Hvad kunne du gøre bedre?', en: 'What could you do better?' },
      superior: { da: 'Hvad kunne lederen gøre bedre?', en: 'What could the leader do better?' },
    },
  },
];
