// Title, about, intros, framing defaults and guidance of Faglig ledelse (our own text).

/** The theme's name. */
export const title = { da: 'Faglig ledelse', en: 'Professional leadership' };

/** What professional leadership is and why it matters. */
export const about = {
  what: {
    da: 'Faglig ledelse handler om, at lederen sætter retning for kerneopgaven og for den faglige kvalitet i arbejdet. Lederen behøver ikke selv at være den dygtigste fagperson, men skal kunne gå i dialog om faglige spørgsmål, prioritere mellem faglige hensyn og skabe rammer for, at medarbejderne kan udvikle deres faglighed.',
    en: 'Professional leadership means that the leader sets a direction for the core task and for the professional quality of the work. The leader need not be the most skilled professional, but must be able to discuss professional questions, weigh professional considerations against each other and create the conditions for the employees to develop their skills.',
  },
  why: {
    da: 'Medarbejdernes faglighed er den vigtigste ressource i den offentlige opgaveløsning. Når lederen er tæt på fagligheden, bliver prioriteringerne bedre forankret, og medarbejderne får den sparring og udvikling, der skal til for at løse opgaverne godt – også når rammerne er stramme.',
    en: "The employees' professional expertise is the most important resource in public services. When the leader stays close to the professional work, priorities are better anchored, and the employees get the sparring and development they need to do the work well – also when resources are tight.",
  },
};

/** The intro each rater role reads. */
export const intro = {
  employee: {
    da: 'De næste spørgsmål handler om, hvordan du oplever din leders faglige ledelse: hvordan din leder sætter retning for og udvikler kvaliteten i det arbejde, I udfører for fx {{omraadeeksempel}}.',
    en: 'The next questions are about how you experience your leader’s professional leadership: how your leader sets a direction for and develops the quality of the work you do for, for example, {{omraadeeksempel}}.',
  },
  self: {
    da: 'De næste spørgsmål handler om din egen faglige ledelse: hvordan du sætter retning for og udvikler kvaliteten i det arbejde, din enhed udfører for fx {{omraadeeksempel}}.',
    en: 'The next questions are about your own professional leadership: how you set a direction for and develop the quality of the work your unit does for, for example, {{omraadeeksempel}}.',
  },
  superior: {
    da: 'De næste spørgsmål handler om, hvordan du oplever lederens faglige ledelse: hvordan lederen sætter retning for og udvikler kvaliteten i det arbejde, lederens enhed udfører for fx {{omraadeeksempel}}.',
    en: 'The next questions are about how you experience the leader’s professional leadership: how the leader sets a direction for and develops the quality of the work the leader’s unit does for, for example, {{omraadeeksempel}}.',
  },
};

/** What {{omraadeeksempel}} becomes without an organisation-specific example. */
export const framing = {
  neutral: { da: 'borgere, brugere og pårørende', en: 'citizens, service users and relatives' },
  sectors: {
    kommune: { da: 'borgere, elever og ældre', en: 'citizens, pupils and older people' },
    region: { da: 'patienter og pårørende', en: 'patients and relatives' },
    stat: { da: 'borgere og virksomheder', en: 'citizens and businesses' },
  },
};

/** Guidance for the single leader: reflection questions and one case. */
export const guidance = {
  title: { da: 'Hvordan kan du arbejde med faglig ledelse?', en: 'How can you work with professional leadership?' },
  leader: {
    title: { da: 'For den enkelte leder', en: 'For the individual leader' },
    intro: {
      da: 'Faglig ledelse kræver ikke, at du som leder har svaret på alle faglige spørgsmål. Det handler om at vise, at fagligheden er vigtig, og om at skabe rum for, at medarbejderne kan drøfte og udvikle den sammen.',
      en: 'Professional leadership does not require you as a leader to have the answer to every professional question. It is about showing that professional quality matters, and making room for the employees to discuss and develop it together.',
    },
    questionsIntro: { da: 'Du kan overveje:', en: 'You can consider:' },
    questions: [
      { da: 'Hvornår har du sidst drøftet faglig kvalitet med dine medarbejdere – og ikke kun drift og ressourcer?', en: 'When did you last discuss professional quality with your employees – and not only operations and resources?' },
      { da: 'Ved dine medarbejdere, hvad I prioriterer fagligt, når tiden ikke slår til?', en: 'Do your employees know what you prioritise professionally when time runs short?' },
      { da: 'Hvem i enheden kan give faglig sparring, når du ikke selv er den rette?', en: 'Who in the unit can give professional sparring when you are not the right person yourself?' },
      { da: 'Hvordan følger I op på, om jeres faglige indsats gør en forskel?', en: 'How do you follow up on whether your professional efforts make a difference?' },
    ],
    cases: [
      {
        title: { da: 'Faglige morgenmøder i hjemmeplejen', en: 'Professional morning meetings in home care' },
        body: {
          da: 'En leder i hjemmeplejen oplever, at de daglige møder næsten kun handler om ruter og sygemeldinger. Sammen med to erfarne social- og sundhedsassistenter indfører hun et kvarters fagligt oplæg én gang om ugen, hvor en medarbejder fortæller om et konkret borgerforløb, og gruppen drøfter, hvad de kan lære af det.\n\nEfter et halvt år oplever medarbejderne, at de oftere spørger hinanden til råds, og lederen bruger drøftelserne til at se, hvor der er brug for efteruddannelse.',
          en: 'A leader in home care finds that the daily meetings are almost only about routes and sick leave. Together with two experienced social and health care assistants, she introduces a fifteen-minute professional talk once a week, in which an employee presents a specific citizen’s care and the group discusses what they can learn from it.\n\nAfter six months, the employees find that they ask each other for advice more often, and the leader uses the discussions to see where further training is needed.',
        },
      },
    ],
  },
};
