// A small valid theme the tests break one piece at a time.
export function validThemeInput() {
  const both = (da: string, en: string) => ({ da, en });
  return {
    id: 'tillid',
    version: '1.0.0',
    roles: ['employee', 'self', 'superior'],
    locales: ['da', 'en'],
    title: both('Tillid', 'Trust'),
    about: { what: both('Hvad', 'What'), why: both('Hvorfor', 'Why') },
    intro: {
      employee: both('Om din leder, fx {{omraadeeksempel}}.', 'About your leader, e.g. {{omraadeeksempel}}.'),
      self: both('Om dig.', 'About you.'),
      superior: both('Om lederen.', 'About the leader.'),
    },
    items: [
      {
        id: 'aabenhed',
        label: both('Åbenhed', 'Openness'),
        text: { employee: both('Min leder er åben.', 'My leader is open.'), self: both('Jeg er åben.', 'I am open.'), superior: both('Lederen er åben.', 'The leader is open.') },
      },
      {
        id: 'ansvar',
        label: both('Ansvar', 'Responsibility'),
        text: { employee: both('Min leder giver ansvar.', 'My leader delegates.'), self: both('Jeg giver ansvar.', 'I delegate.'), superior: both('Lederen giver ansvar.', 'The leader delegates.') },
      },
    ],
    framing: { neutral: both('borgere', 'citizens'), sectors: { region: both('patienter', 'patients') } },
  } as Record<string, unknown> & { items: Record<string, unknown>[] };
}
