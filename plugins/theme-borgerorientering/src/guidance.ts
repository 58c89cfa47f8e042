// "Hvordan kan I arbejde med borgerorientering?": the organisation-level guidance of the
// source text with its reflection questions and both cases. Paragraphs are separated by a blank line.

/** Guidance for working with citizen orientation at organisational level. */
export const guidance = {
  title: { da: 'Hvordan kan I arbejde med borgerorientering?', en: 'How can you work with citizen orientation?' },
  organisation: {
    title: { da: 'På organisatorisk niveau', en: 'At organisational level' },
    intro: {
      da: 'Borgerorientering handler om, hvordan medarbejderne møder borgerne, men I kan også arbejde med borgerorientering ved at overveje, hvorvidt hele organisationen formår at sætte borgeren i centrum for deres aktiviteter. Som organisation skal I understøtte en kultur, der er nysgerrig på, hvordan borgerne oplever det, I laver, og den effekt, jeres arbejde har for borgerne. Det kan I bl.a. gøre ved at efterspørge borgernes perspektiver i hele ledelseskæden.',
      en: 'Citizen orientation is about how the employees meet citizens, but you can also work with it by considering whether the organisation as a whole manages to put the citizen at the centre of its activities. As an organisation, you should support a culture that is curious about how citizens experience what you do and the effect your work has for them. One way is to ask for the citizens\' perspectives throughout the leadership chain.',
    },
    questionsIntro: { da: 'Hvis I på organisatorisk niveau vil arbejde med borgerorientering, kan I overveje:', en: 'If you want to work with citizen orientation at organisational level, you can consider:' },
    questions: [
      {
        da: 'Hvad betyder det at sætte borgeren i centrum i jeres organisation? Hvem er borgerne hos jer?',
        en: 'What does putting the citizen at the centre mean in your organisation? Who are the citizens you serve?',
      },
      {
        da: 'Hvordan understøtter I jeres ledere og resten af organisationen i at have borgerne for øje? Er der områder, hvor det kræver noget ekstra at huske borgerperspektivet? Kan I hjælpe med at gøre det synligt?',
        en: 'How do you support your leaders and the rest of the organisation in keeping citizens in view? Are there areas where it takes something extra to remember the citizen\'s perspective? Can you help make it visible?',
      },
      {
        da: 'Er der dele af jeres organisation, der er mere opmærksomme på borgerperspektivet end andre? Hvor skal I være særligt opmærksomme på at inddrage borgernes oplevelser?',
        en: 'Are some parts of your organisation more attentive to the citizen\'s perspective than others? Where should you take particular care to include citizens\' experiences?',
      },
      {
        da: 'Er I som organisation gode nok til at finde ud af, hvilke effekter jeres indsatser har for borgerne? Er der information, I mangler? Hvordan kan I få mere viden om borgernes perspektiv?',
        en: 'As an organisation, are you good enough at finding out what effects your efforts have for citizens? Is there information you lack? How can you learn more about the citizens\' perspective?',
      },
      {
        da: 'Hvordan kan I blive bedre til at arbejde med effekter og værdien af indsatsen for borgerne? Hvilke konkrete initiativer kan I sætte i søen for at styrke borgerinddragelsen?',
        en: 'How can you get better at working with the effects and the value of your efforts for citizens? Which concrete initiatives can you launch to strengthen citizen involvement?',
      },
    ],
    casesIntro: {
      da: 'På næste side er der to eksempler som inspiration til, hvordan I på organisatorisk niveau kan arbejde med borgerorientering.',
      en: 'On the next page are two examples to inspire how you can work with citizen orientation at organisational level.',
    },
    cases: [
      {
        title: { da: 'Kan alle sætte borgeren i centrum?', en: 'Can everyone put the citizen at the centre?' },
        body: {
          da: 'I en region oplever direktionen, at dele af organisationen er meget opmærksomme på, hvordan borgerne oplever deres arbejde. Særligt i stabsfunktionerne er der dog en noget større skepsis. Det er uklart for de administrative medarbejdere, hvad det konkret betyder "at sætte borgeren i centrum" for netop deres daglige arbejde. Men direktionen vil gerne understrege, at også stabens opgaver har en betydning for den service, regionens borgere oplever. De ønsker, at borgerperspektivet skal være tydeligt alle steder i organisationen – også der, hvor borgerne ikke selv kommer.\n\nDirektionen udvikler derfor et par inspirationsvideoer, som viser, hvilken forskel fx regnskabsafdelingen gør for borgerne i regionen. Videoerne og et diskussionsmateriale stilles til rådighed for lederne i organisationen og kan bruges til medarbejdermøder. Efter to måneder følger direktionen op med de underordnede ledere og samler deres erfaringer sammen.',
          en: 'In a region, the executive board finds that parts of the organisation pay close attention to how citizens experience their work. In the staff functions, however, there is somewhat more scepticism. It is unclear to the administrative employees what "putting the citizen at the centre" concretely means for their own daily work. But the executive board wants to stress that the staff\'s tasks also matter for the service the region\'s citizens experience. They want the citizen\'s perspective to be visible everywhere in the organisation – also where citizens never come.\n\nThe executive board therefore develops a couple of inspiration videos showing the difference that, for example, the accounts department makes for the citizens of the region. The videos and discussion material are made available to the leaders in the organisation and can be used at staff meetings. After two months, the executive board follows up with the leaders below it and gathers their experiences.',
        },
      },
      {
        title: { da: 'En fælles tilgang til effektmålinger', en: 'A shared approach to measuring effects' },
        body: {
          da: 'En kommune vil gerne have mere fokus på, hvilken effekt kommunens tiltag har for borgerne. Men i mange dele af kommunen er det svært at finde gode effektmål og beregne effekter.\n\nDerfor får kommunens analyseenhed til opgave at holde møder med stabene på de store velfærdsområder. De skal sammen finde ud af, om det er muligt at lave effektmålinger med de data, stabene allerede har. Det viser sig, at der er gode muligheder på flere områder, og de går i gang med at måle effekter på en måde, der passer til det enkelte område. Resultaterne formidles på en måde, så de kan bruges direkte af lederne i deres arbejde med at sætte borgeren i centrum.\n\nEfter tre måneder følger kommunens analyseenhed op. Lederne melder positivt tilbage. De kan bruge informationerne til at kvalificere dialogen om, hvordan deres enheder bedst sætter borgeren i centrum.',
          en: 'A municipality wants more focus on the effect its initiatives have for citizens. But in many parts of the municipality it is hard to find good measures of effect and to calculate effects.\n\nThe municipality\'s analysis unit is therefore given the task of holding meetings with the staff units of the large welfare areas. Together they are to find out whether effects can be measured with the data the staff units already have. It turns out that there are good opportunities in several areas, and they start measuring effects in a way that suits each area. The results are communicated so that leaders can use them directly in their work to put the citizen at the centre.\n\nAfter three months, the analysis unit follows up. The leaders respond positively. They can use the information to inform the dialogue about how their units best put the citizen at the centre.',
        },
      },
    ],
  },
};
