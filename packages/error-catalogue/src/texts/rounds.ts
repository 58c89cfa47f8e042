/** Refusals in a round's life: settings, launch, close, extend, archive, links and imported forms. `{status}` is said in words. */
export const roundTexts = {
  'round.notFound': {
    en: 'there is no such round in this organisation',
    da: 'Målingen findes ikke i organisationen.',
  },
  'round.invalidSettings': {
    en: 'the round settings are not valid',
    da: 'Målingens indstillinger er ikke gyldige.',
  },
  'round.closesBeforeOpens': {
    en: 'the closing date must be after the opening date',
    da: 'Slutdatoen skal ligge efter startdatoen.',
  },
  'round.closesInPast': {
    en: 'the closing date has already passed; choose a closing date later than now',
    da: 'Slutdatoen er allerede passeret. Vælg en slutdato, der ligger senere end nu.',
  },
  'round.reminderOutside': {
    en: 'a reminder falls outside the open period; it must fall between the opening and the closing date',
    da: 'En påmindelse ligger uden for perioden. Den skal ligge mellem start- og slutdatoen.',
  },
  'round.settingsFrozen': {
    en: 'this round is {status}: its settings are frozen since launch',
    da: 'Målingen er {status}: dens indstillinger ligger fast, siden den blev sat i gang.',
  },
  'round.onlyDraftLaunches': {
    en: 'this round is {status}; only a draft round can be launched',
    da: 'Målingen er {status}. Kun en kladde kan sættes i gang.',
  },
  'round.closingDatePassed': {
    en: 'the closing date has passed; move it later before launching',
    da: 'Slutdatoen er passeret. Flyt den frem, før målingen sættes i gang.',
  },
  'round.noLeaders': {
    en: 'the round covers no leaders: import the hierarchy or widen the scope',
    da: 'Målingen omfatter ingen ledere. Importér hierarkiet, eller udvid målingens omfang.',
  },
  'round.onlyOpenCloses': {
    en: 'this round is {status}; only an open round can be closed',
    da: 'Målingen er {status}. Kun en åben måling kan lukkes.',
  },
  'round.onlyOpenExtends': {
    en: 'this round is {status}; only an open round\'s closing date can be extended',
    da: 'Målingen er {status}. Kun en åben målings slutdato kan forlænges.',
  },
  'round.extendEarlier': {
    en: 'the new closing date must be later than the current one',
    da: 'Den nye slutdato skal ligge efter den nuværende.',
  },
  'round.onlyDraftDeletes': {
    en: 'this round is {status}; only a draft round can be deleted',
    da: 'Målingen er {status}. Kun en kladde kan slettes.',
  },
  'round.onlyClosedArchives': {
    en: 'this round is {status}; only a closed round can be archived',
    da: 'Målingen er {status}. Kun en lukket måling kan arkiveres.',
  },
  'round.changedMeanwhile': {
    en: 'this round changed state meanwhile (someone else launched, closed or archived it); reload and try again',
    da: 'Målingen har skiftet tilstand i mellemtiden (en anden har sat den i gang, lukket eller arkiveret den). Genindlæs siden, og prøv igen.',
  },
  'round.themesUnavailable': {
    en: 'some chosen themes are not available',
    da: 'Nogle af de valgte temaer er ikke tilgængelige.',
  },
  'round.linksOnlyWhileOpen': {
    en: 'this round is {status}: links work only while it is open',
    da: 'Målingen er {status}. Links virker kun, mens målingen er åben.',
  },
  'round.personHasNoForms': {
    en: '{personId} has no forms in this round',
    da: '{personId} har ingen skemaer i denne måling.',
  },
  'round.personHasNoEmail': {
    en: '{personId} has no e-mail address in the round\'s hierarchy; give them the link another way',
    da: '{personId} har ingen e-mailadresse i målingens hierarki. Giv personen linket på en anden måde.',
  },
  'round.remindOnlyWhileOpen': {
    en: 'this round is {status}: reminders can be sent only while it is open',
    da: 'Målingen er {status}. Påmindelser kan kun sendes, mens målingen er åben.',
  },
  'round.reminderChainUnknown': {
    en: '{leaderId} is not a leader evaluated in this round, so there is no chain of theirs to remind',
    da: '{leaderId} er ikke en leder, der evalueres i denne måling, så der er ingen ledelseskæde at påminde.',
  },
  'round.reminderNobody': {
    en: 'there is nobody to remind: everyone it concerns has finished, has no e-mail address or was sent a reminder in the last 24 hours; nothing was sent',
    da: 'Der er ingen at påminde: Alle, det gælder, har svaret, har ingen e-mailadresse eller har fået en påmindelse inden for det seneste døgn. Der er ikke sendt noget.',
  },
  'round.resendTooSoon': {
    en: 'the link was sent to {personId} again a moment ago; wait {minutes} {minutes|minute|minutes} before sending it once more',
    da: 'Linket er lige sendt igen til {personId}. Vent {minutes} {minutes|minut|minutter}, før du sender det en gang til.',
  },
  'round.testInvitationNotOpen': {
    en: 'this round is {status}: a test invitation can be sent while the round is a draft or open',
    da: 'Målingen er {status}. En testinvitation kan sendes, mens målingen er en kladde eller åben.',
  },
  'round.testInvitationLimit': {
    en: 'you have sent {limit} test invitations in the last hour: wait {minutes} {minutes|minute|minutes} and try again',
    da: 'Du har sendt {limit} testinvitationer inden for den seneste time. Vent {minutes} {minutes|minut|minutter}, og prøv igen.',
  },
  'round.secretInSubject': {
    en: '{field} of the {mail} ({lang}) may not contain {placeholder}: the personal link goes only in the text, because the subject is seen in the outbox and in mail lists',
    da: '{field} i {mail} ({lang}) må ikke indeholde {placeholder}. Det personlige link må kun stå i selve teksten, for emnet kan ses i udbakken og i mailprogrammernes lister.',
  },
  'round.linkMissing': {
    en: '{field} of the {mail} ({lang}) must contain {placeholder} where the personal link goes',
    da: '{field} i {mail} ({lang}) skal indeholde {placeholder} der, hvor det personlige link skal stå.',
  },
  'responses.notLaunched': {
    en: 'this round has not been launched: forms can be imported once it has been launched and closed',
    da: 'Målingen er ikke sat i gang. Skemaer kan importeres, når den er sat i gang og lukket.',
  },
  'responses.archived': {
    en: 'this round is archived: nothing can be added to it',
    da: 'Målingen er arkiveret. Der kan ikke tilføjes noget til den.',
  },
  'responses.fileHasProblems': {
    en: '{fileName} was not imported: {count} {count|problem|problems}; fix {count|it|them} and import the whole file again',
    da: '{fileName} blev ikke importeret: {count} {count|fejl|fejl}. Ret {count|den|dem}, og importér hele filen igen.',
  },
  'responses.roundNotClosed': {
    en: 'forms can be imported only into a closed round: close the round first (its answers then come only from the file)',
    da: 'Skemaer kan kun importeres i en lukket måling. Luk målingen først (så kommer dens svar kun fra filen).',
  },
  'responses.roundHasLinkForms': {
    en: 'the round holds {count} {count|form|forms} answered through personal links: a round\'s answers come from links or from a file, never both, so that typed-in forms never help a small group of real answers reach the threshold',
    da: 'Målingen har {count} {count|skema|skemaer} besvaret via personlige links. En målings svar kommer enten fra links eller fra en fil, aldrig begge dele, så indtastede skemaer aldrig hjælper en lille gruppe rigtige svar over grænsen for anonymitet.',
  },
} as const;
