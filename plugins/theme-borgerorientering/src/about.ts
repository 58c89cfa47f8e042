// "Hvad er det?", "Hvorfor er det vigtigt?" and "Hvordan spørger vi medarbejderne om det?", Danish as in the source text.

/** The theme's name. */
export const title = { da: 'Borgerorientering', en: 'Citizen orientation' };

/** What citizen orientation is, why it matters, and how employees are asked about it. */
export const about = {
  what: {
    da: 'Borgerorientering er en ledelsesadfærd, hvor ledere og medarbejdere har fokus på borgernes perspektiv i deres arbejde. Det forudsætter, at lederen er optaget af, hvordan borgerne oplever resultatet af jeres arbejde og hvilken værdi, organisationen skaber. Samtidig er det en vigtig ledelsesopgave at drøfte og afklare de dilemmaer, der opstår, når I med afsæt i de politiske mål og prioriteringer samt fagligheden er nødt til at balancere hensynet til den enkelte borger med hensynet til "alle borgere"/fællesskabet.',
    en: 'Citizen orientation is a leadership behaviour in which leaders and employees keep the citizens\' perspective in focus in their work. It requires the leader to care about how citizens experience the results of your work and what value the organisation creates. At the same time, an important leadership task is to discuss and clarify the dilemmas that arise when, based on the political goals and priorities and on professional judgement, you have to balance consideration for the individual citizen against consideration for "all citizens"/the community.',
  },
  why: {
    da: 'Den offentlige sektor skal "sætte borgeren først" og skabe helhed og sammenhæng i opgaveløsningen til gavn for borgerne. Det er derfor en vigtig ledelsesopgave at holde fast i borgerens perspektiv i hverdagens opgaver og i udviklingen af disse.',
    en: 'The public sector must "put the citizen first" and make services coherent and joined up for the benefit of citizens. Holding on to the citizen\'s perspective in everyday tasks and in developing them is therefore an important leadership task.',
  },
  how: {
    da: 'I spørgeskemaet har vi stillet medarbejderne nedenstående spørgsmål om, hvordan deres leder har fokus på at sætte borgerne i centrum. Lederen selv og overordnet leder har besvaret tilsvarende spørgsmål, blot tilpasset sprogligt. Det er disse spørgsmål, der ligger til grund for afrapporteringen af temaet om borgerorientering i lederens individuelle rapport.',
    en: 'In the questionnaire we asked the employees the questions below about how their leader focuses on putting citizens at the centre. The leader and the leader\'s superior answered corresponding questions, adapted only in wording. These questions are the basis for reporting on citizen orientation in the leader\'s individual report.',
  },
};
