// What the theme is, why it matters and how it is asked, in our own words: collaboration and trust
// between leaders who work side by side (sideordnede ledere).

const both = (da: string, en: string) => ({ da, en });

/** The theme's name. */
export const title = both('Samarbejde mellem ledere', 'Collaboration between leaders');

/** What collaboration between leaders is, why it matters, and who answers. */
export const about = {
  what: both(
    'Samarbejde mellem ledere handler om, hvordan lederen arbejder sammen med de ledere, hun eller han løser opgaver side om side med: om lederen deler viden, holder aftaler, ser ud over sin egen enhed og kan tale åbent om uenigheder. Det er et samarbejde, der bygger på tillid, og som medarbejderne sjældent ser direkte.',
    'Collaboration between leaders is about how the leader works with the leaders they share tasks with side by side: whether the leader shares knowledge, keeps agreements, looks beyond their own unit and can talk openly about disagreements. It is collaboration built on trust, and employees rarely see it directly.',
  ),
  why: both(
    'Borgerne oplever sjældent én enhed ad gangen. Når ledere samarbejder godt, hænger opgaverne sammen på tværs, problemer bliver løst tidligt, og ressourcerne bruges, hvor de gør mest gavn. Når tilliden mangler, bliver grænserne mellem enhederne til grænser for borgerne.',
    'Citizens rarely meet one unit at a time. When leaders collaborate well, tasks fit together across units, problems are solved early and resources are used where they do the most good. When trust is missing, the borders between units become borders for the citizens.',
  ),
  how: both(
    'Udsagnene besvares af lederens sideordnede ledere – ledere, der arbejder tæt sammen med lederen – og af lederen selv og den overordnede leder. De sideordnede lederes svar vises kun samlet, og kun når mindst så mange har svaret, som organisationen har valgt.',
    'The statements are answered by the leader\'s peers – leaders who work closely with the leader – and by the leader and their superior. The peers\' answers are shown only combined, and only when at least as many have answered as the organisation has chosen.',
  ),
};

/** What each respondent group reads before the statements. */
export const intro = {
  self: both(
    'De næste udsagn handler om dit samarbejde med de ledere, du arbejder tæt sammen med.',
    'The next statements are about your collaboration with the leaders you work closely with.',
  ),
  superior: both(
    'De næste udsagn handler om, hvordan du oplever lederens samarbejde med de andre ledere, som lederen arbejder tæt sammen med.',
    'The next statements are about how you see the leader\'s collaboration with the other leaders they work closely with.',
  ),
  peer: both(
    'De næste udsagn handler om, hvordan du oplever samarbejdet med lederen, som du arbejder tæt sammen med. Dine svar vises kun samlet med andre sideordnede lederes.',
    'The next statements are about how you experience working with the leader, whom you work closely with. Your answers are shown only combined with other peers\' answers.',
  ),
};
