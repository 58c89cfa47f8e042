// Two open questions: what works in the collaboration, and what would make it better. Worded for the
// leader (I-form), the superior and the peers (the leader in third person).

const both = (da: string, en: string) => ({ da, en });

/** The open questions (*åbne spørgsmål*), asked after the statements; answering them is optional. */
export const questions = [
  {
    id: 'virker',
    label: both('Det, der virker', 'What works'),
    text: {
      self: both('Hvad lykkes du særligt godt med i samarbejdet med andre ledere?', 'What do you do particularly well in your collaboration with other leaders?'),
      superior: both('Hvad lykkes lederen særligt godt med i samarbejdet med andre ledere?', 'What does the leader do particularly well in their collaboration with other leaders?'),
      peer: both('Hvad gør lederen særligt godt i jeres samarbejde?', 'What does the leader do particularly well in your collaboration?'),
    },
  },
  {
    id: 'bedre',
    label: both('Kunne blive bedre', 'Could be better'),
    text: {
      self: both('Hvad kunne gøre dit samarbejde med andre ledere bedre?', 'What could make your collaboration with other leaders better?'),
      superior: both('Hvad kunne gøre lederens samarbejde med andre ledere bedre?', 'What could make the leader\'s collaboration with other leaders better?'),
      peer: both('Hvad kunne gøre jeres samarbejde bedre?', 'What could make your collaboration better?'),
    },
  },
];
