// Two open questions of our own: where the leader's professional leadership makes a difference, and
// what the raters would like more of. Employee, the leader (I-form) and the superior (third person).

/** The open questions (*åbne spørgsmål*), asked after the statements; answering them is optional. */
export const questions = [
  {
    id: 'styrker',
    label: { da: 'Faglige styrker', en: 'Professional strengths' },
    text: {
      employee: { da: 'Hvornår gør din leders faglige ledelse en forskel for dit arbejde?', en: "When does your leader's professional leadership make a difference to your work?" },
      self: { da: 'Hvornår gør din faglige ledelse en forskel for dine medarbejderes arbejde?', en: "When does your professional leadership make a difference to your employees' work?" },
      superior: { da: 'Hvornår gør lederens faglige ledelse en forskel for enhedens arbejde?', en: "When does the leader's professional leadership make a difference to the unit's work?" },
    },
  },
  {
    id: 'oenske',
    label: { da: 'Mere af', en: 'More of' },
    text: {
      employee: { da: 'Hvad ville du gerne have mere af fra din leder, når det gælder faglig retning og udvikling?', en: 'What would you like more of from your leader when it comes to professional direction and development?' },
      self: { da: 'Hvad ville du gerne give dine medarbejdere mere af, når det gælder faglig retning og udvikling?', en: 'What would you like to give your employees more of when it comes to professional direction and development?' },
      superior: { da: 'Hvad ville du gerne se mere af fra lederen, når det gælder faglig retning og udvikling?', en: 'What would you like to see more of from the leader when it comes to professional direction and development?' },
    },
  },
];
