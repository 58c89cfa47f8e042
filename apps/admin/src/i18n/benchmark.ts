/** Texts of the operator's sector benchmark and of the operator's results across organisations. */
const da = {
  nav: 'Sektorbenchmark',
  title: 'Sektorbenchmark',
  intro: 'Organisationerne i en sektor side om side. Hver organisation tæller én gang med medarbejdernes svar fra sin seneste lukkede måling. Sektorens gennemsnit vises kun, hvor mindst {minimum} organisationer har tal, og hver organisations tal kun, som dens egen anonymitetsgrænse tillader.',
  sector: 'Sektor',
  open: 'Se sektorbenchmark',
  contributors: {
    title: 'Organisationer i sektoren',
    summary: '{n} af {total} organisationer bidrager med tal.',
    round: '{round}, lukket {date}',
    forms: '{n} medarbejderbesvarelser',
    none: 'Ingen lukket måling endnu',
    withheld: 'Tallene er skjult af organisationens egen anonymitetsgrænse',
    empty: 'Der er ingen organisationer i denne sektor endnu.',
  },
  tooFew: 'Sektorens gennemsnit kræver mindst {minimum} organisationer med tal; lige nu er der {n}. Hver organisations egne tal vises nedenfor.',
  table: {
    caption: '{theme}: medarbejdernes gennemsnit på skalaen 1–5',
    organisation: 'Organisation',
    themeColumn: 'Temaet samlet',
    sectorRow: 'Sektorens gennemsnit',
    contributing: '{n} organisationer',
    difference: '{gap} fra sektoren',
    withheld: 'skjult',
    withheldLong: 'Skjult af organisationens anonymitetsgrænse',
    tooFewTenants: 'færre end {minimum} organisationer',
    notAsked: 'ikke med',
    notAskedLong: 'Ikke med i organisationens måling',
  },
  perRound: {
    noTenant: 'Vælg først en organisation',
    noTenantBody: 'Sammenligningen af en enkelt måling hører til en organisation. Vælg organisationen under Resultater, eller se hele sektoren side om side.',
  },
  results: {
    intro: 'Afsluttede målinger i alle organisationer. Når du åbner en måling, arbejder du videre i den organisation.',
    none: 'Ingen afsluttet måling endnu',
    noneAnywhere: 'Ingen organisation har en afsluttet måling endnu.',
    openRound: 'Åbn {round} i {tenant}',
  },
};

const en: typeof da = {
  nav: 'Sector benchmark',
  title: 'Sector benchmark',
  intro: "The organisations of a sector side by side. Each organisation counts once, with its employees' answers from its latest closed round. The sector's mean is shown only where at least {minimum} organisations have figures, and each organisation's figures only as its own anonymity threshold allows.",
  sector: 'Sector',
  open: 'See the sector benchmark',
  contributors: {
    title: 'Organisations of the sector',
    summary: '{n} of {total} organisations contribute figures.',
    round: '{round}, closed {date}',
    forms: '{n} employee forms',
    none: 'No closed round yet',
    withheld: "Its figures are withheld by the organisation's own anonymity threshold",
    empty: 'There are no organisations in this sector yet.',
  },
  tooFew: "The sector's mean needs at least {minimum} organisations with figures; there are {n} now. Each organisation's own figures are shown below.",
  table: {
    caption: "{theme}: the employees' mean on the scale 1–5",
    organisation: 'Organisation',
    themeColumn: 'Theme overall',
    sectorRow: "The sector's mean",
    contributing: '{n} organisations',
    difference: '{gap} from the sector',
    withheld: 'withheld',
    withheldLong: "Withheld by the organisation's anonymity threshold",
    tooFewTenants: 'fewer than {minimum} organisations',
    notAsked: 'not included',
    notAskedLong: "Not part of the organisation's round",
  },
  perRound: {
    noTenant: 'Choose an organisation first',
    noTenantBody: "A single round's comparison belongs to one organisation. Choose the organisation under Results, or see the whole sector side by side.",
  },
  results: {
    intro: 'Closed rounds in every organisation. Opening a round takes you into that organisation.',
    none: 'No closed round yet',
    noneAnywhere: 'No organisation has a closed round yet.',
    openRound: 'Open {round} in {tenant}',
  },
};

export default { da, en };
