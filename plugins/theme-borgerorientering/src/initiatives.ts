// The source text's two cases, "Kan alle sætte borgeren i centrum?" and "En fælles tilgang til
// effektmålinger", as initiatives an organisation can start from and adapt.

/** Initiatives borgerorientering suggests: the two cases of the source text, with their follow-up after two and three months. */
export const initiatives = [
  {
    id: 'alle-saetter-borgeren-i-centrum',
    title: { da: 'Kan alle sætte borgeren i centrum?', en: 'Can everyone put the citizen at the centre?' },
    description: {
      da: 'Borgerperspektivet skal være tydeligt alle steder i organisationen – også der, hvor borgerne ikke selv kommer, fx i stabsfunktionerne. Her er et par inspirationsvideoer, som viser, hvilken forskel fx regnskabsafdelingen gør for borgerne, og et diskussionsmateriale.\n\nBrug videoerne og materialet på et medarbejdermøde: Hvad betyder det at sætte borgeren i centrum i netop jeres daglige arbejde? Efter to måneder følger vi op og samler jeres erfaringer.',
      en: 'The citizen\'s perspective should be visible everywhere in the organisation – also where citizens never come, such as the staff functions. Here are a couple of inspiration videos showing the difference that, for example, the accounts department makes for citizens, and discussion material.\n\nUse the videos and the material at a staff meeting: what does putting the citizen at the centre mean in your own daily work? After two months we follow up and gather your experiences.',
    },
    followUpMonths: 2,
  },
  {
    id: 'faelles-tilgang-til-effektmaalinger',
    title: { da: 'En fælles tilgang til effektmålinger', en: 'A shared approach to measuring effects' },
    description: {
      da: 'Analyseenheden holder møder med stabene på de store velfærdsområder for sammen at finde ud af, om vi kan måle effekter for borgerne med de data, stabene allerede har. Resultaterne formidles, så du kan bruge dem direkte i dit arbejde med at sætte borgeren i centrum.\n\nEfter tre måneder følger analyseenheden op: Hvordan har du brugt informationerne i dialogen om, hvordan din enhed bedst sætter borgeren i centrum?',
      en: 'The analysis unit holds meetings with the staff units of the large welfare areas to find out together whether effects for citizens can be measured with the data the staff units already have. The results are communicated so that you can use them directly in your work to put the citizen at the centre.\n\nAfter three months the analysis unit follows up: how have you used the information in the dialogue about how your unit best puts the citizen at the centre?',
    },
    followUpMonths: 3,
  },
];
