/**
 * What demo raters write to the open questions: short, ordinary comments of the kind a municipality's
 * staff write, without names or numbers. Which pool a question draws from follows its id: the first
 * question of a theme asks what the leader does well, the second what could be better.
 */
const PRAISE = [
  'Min leder lytter, når vi kommer med forslag, og giver os plads til at prøve dem af.',
  'Tager sig tid til at tale med borgerne og de pårørende, også når der er travlt.',
  'God til at holde fast i, hvorfor vi gør det, vi gør.',
  'Giver tydelige tilbagemeldinger og står ved de beslutninger, der bliver truffet.',
  'Er synlig i hverdagen og ved, hvad der sker ude hos borgerne.',
  'Skaber ro, når der er meget pres på.',
  'Husker at sige tak, når vi har løst noget svært.',
  'Er god til at inddrage os, før der bliver lavet om på arbejdsgangene.',
];
const BETTER = [
  'Vi kunne godt bruge mere tid på at tale om, hvordan borgerne oplever vores arbejde.',
  'Beslutninger bliver nogle gange meldt ud sent, så vi ikke kan nå at forberede os.',
  'Flere fælles møder, hvor vi følger op på det, vi har aftalt.',
  'Det er ikke altid klart, hvad der er vigtigst, når alt haster.',
  'Mere opfølgning på de gode idéer, så de ikke bliver glemt.',
  'Jeg savner, at vi oftere ser på, om vores indsats faktisk gør en forskel for borgerne.',
];
/** What a fellow leader writes about collaboration (the samarbejde theme's questions). */
const PEER_PRAISE = [
  'Deler gerne viden og erfaringer på tværs af vores enheder.',
  'Holder de aftaler, vi laver på ledermøderne, også når det koster noget for egen afdeling.',
  'Er til at tale med, når vores opgaver overlapper, og ser ud over sin egen enhed.',
  'Tager uenigheder op direkte og i god tone.',
];
const PEER_BETTER = [
  'Vi kunne koordinere tidligere, når vores opgaver griber ind i hinanden.',
  'Jeg savner, at vi oftere deler de gode løsninger med hinanden.',
  'Aftaler fra ledermøderne bliver ikke altid fulgt op.',
];
const SELF = ['Jeg vil gerne blive bedre til at følge op på aftaler.', 'Jeg prioriterer at være til stede i hverdagen.'];

/** A rater's comments for one form: some questions answered, most left empty, as in a real round. */
export function demoComments(random: () => number, questions: readonly string[], role: string, voice: 'staff' | 'peer' = 'staff'): Record<string, string> {
  const comments: Record<string, string> = {};
  const themes = new Map<string, number>();
  for (const question of questions) {
    const theme = question.slice(0, question.indexOf('.'));
    const position = themes.get(theme) ?? 0;
    themes.set(theme, position + 1);
    if (random() > (role === 'employee' ? 0.35 : 0.5)) continue;
    const pool = role === 'self' ? SELF : voice === 'peer' ? (position === 0 ? PEER_PRAISE : PEER_BETTER) : position === 0 ? PRAISE : BETTER;
    comments[question] = pool[Math.floor(random() * pool.length)]!;
  }
  return comments;
}
