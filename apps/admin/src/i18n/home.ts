/** Texts of the overview page a member lands on. */
const da = {
  title: 'Oversigt',
  welcome: 'Velkommen, {name}',
  intro: 'Her samler Spejl ledelsesevalueringerne for {tenant}: hierarki, målinger og rapporter.',
  noMembership: 'Du er ikke med i nogen organisation endnu. Bed en administrator i din organisation om en invitation.',
  anonymity: 'Medarbejdernes svar vises kun samlet, når mindst {k} har svaret.',
};

const en: typeof da = {
  title: 'Overview',
  welcome: 'Welcome, {name}',
  intro: 'This is where Spejl gathers the leadership evaluations of {tenant}: hierarchy, rounds and reports.',
  noMembership: 'You are not part of any organisation yet. Ask an administrator in your organisation for an invitation.',
  anonymity: 'Employee answers are shown only as a group, and only when at least {k} have answered.',
};

export default { da, en };
