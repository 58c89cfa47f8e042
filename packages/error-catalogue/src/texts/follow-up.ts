/**
 * The leader's follow-up (udviklingsplan): who may open, write, read and confirm a plan, and what
 * a plan may hold. A plan the caller may not read is "not found", whether or not it exists.
 */
export const followUpTexts = {
  'followUp.notFound': {
    en: 'there is no such follow-up plan, or it is not yours to see',
    da: 'Udviklingsplanen findes ikke, eller du har ikke adgang til den.',
  },
  'followUp.notOwnReport': {
    en: 'only a leader the round evaluated can open a follow-up plan for it, and only their own',
    da: 'Kun en leder, som målingen har evalueret, kan åbne en udviklingsplan for den, og kun sin egen.',
  },
  'followUp.onlyLeaderWrites': {
    en: 'only the leader writes their own follow-up plan',
    da: 'Kun lederen selv skriver sin udviklingsplan.',
  },
  'followUp.onlySuperiorConfirms': {
    en: 'only the leader’s superior in the round can confirm the talk',
    da: 'Kun lederens overordnede i målingen kan bekræfte samtalen.',
  },
  'followUp.talkNotHeld': {
    en: 'the leader records the talk as held, with its agreements, before the superior confirms it',
    da: 'Lederen skal registrere samtalen som holdt, med aftalerne, før den overordnede kan bekræfte den.',
  },
  'followUp.changedMeanwhile': {
    en: 'the plan was changed meanwhile (now version {revision}); your text is kept on the page: reload the plan in another tab, compare, and save again',
    da: 'Planen er blevet ændret i mellemtiden (nu version {revision}). Din tekst står stadig på siden: åbn planen i en ny fane, sammenlign, og gem igen.',
  },
  'followUp.themeNotAsked': {
    en: 'focus point {position}: the round did not ask the theme "{themeId}"',
    da: 'Fokuspunkt {position}: målingen spurgte ikke om temaet "{themeId}".',
  },
  'followUp.itemNotInTheme': {
    en: 'focus point {position}: the theme "{themeId}" has no statement "{itemId}"',
    da: 'Fokuspunkt {position}: temaet "{themeId}" har intet udsagn "{itemId}".',
  },
  'followUp.statusOnly': {
    en: 'your organisation lets admins and analysts see the follow-up status only, not what the plans say',
    da: 'Din organisation giver administratorer og analytikere adgang til status for opfølgningen, men ikke til planernes indhold.',
  },
  'followUp.talkOnly': {
    en: 'your organisation lets a superior see the talk and its agreements, not the rest of their leaders’ plans',
    da: 'Din organisation giver den overordnede leder adgang til samtalen og aftalerne, men ikke til resten af lederens udviklingsplan.',
  },
  'followUp.chainForbidden': {
    en: 'you can see the follow-up status of your own leadership chain only',
    da: 'Du kan kun se status for opfølgningen i din egen ledelseskæde.',
  },
} as const;
