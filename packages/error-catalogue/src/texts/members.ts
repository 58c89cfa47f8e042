/** Refusals about who belongs to an organisation: members, invitations, accounts and the person a leader is. */
export const memberTexts = {
  'member.alreadyMember': {
    en: '{email} is already a member ({role})',
    da: '{email} er allerede medlem ({role}).',
  },
  'member.userAlreadyMember': {
    en: 'this user is already a member ({role})',
    da: 'Brugeren er allerede medlem ({role}).',
  },
  'member.notMember': {
    en: 'this user is not a member of this organisation',
    da: 'Brugeren er ikke medlem af organisationen.',
  },
  'member.lastAdmin': {
    en: 'this is the last admin of the tenant; make someone else admin first',
    da: 'Det er organisationens sidste administrator. Gør en anden til administrator først.',
  },
  'invitation.personOnlyForLeaders': {
    en: 'only leaders are invited as a person of the hierarchy, not {role}; leave the person out, or invite them as leader',
    da: 'Kun ledere inviteres som en person i hierarkiet, ikke som {role}. Udelad personen, eller invitér som leder.',
  },
  'invitation.leaderNeedsPerson': {
    en: 'a leader is invited as their person in the hierarchy, so they can read their own reports; choose the person this leader is',
    da: 'En leder inviteres som sin person i hierarkiet, så lederen kan læse sine egne rapporter. Vælg den person, lederen er.',
  },
  'invitation.notFound': {
    en: 'there is no pending invitation like that in this organisation',
    da: 'Der er ingen ventende invitation som den i organisationen.',
  },
  'invitation.unusable': {
    en: 'this invitation link is not valid: it may have expired, been used or been withdrawn; ask for a new invitation',
    da: 'Invitationslinket virker ikke: det kan være udløbet, brugt eller trukket tilbage. Bed om en ny invitation.',
  },
  'invitation.leaderGone': {
    en: 'this invitation is for a leader the organisation\'s hierarchy no longer has as one; ask for a new invitation',
    da: 'Invitationen gælder en leder, som ikke længere er leder i organisationens hierarki. Bed om en ny invitation.',
  },
  'invitation.signInFirst': {
    en: '{email} already has an account: sign in to it, then open the invitation link again to accept',
    da: '{email} har allerede en konto. Log ind på den, og åbn så invitationslinket igen for at tage imod.',
  },
  'invitation.wrongAccount': {
    en: 'this invitation is for {email}, but you are signed in as {signedInAs}: sign out, sign in as {email} and open the link again',
    da: 'Invitationen er til {email}, men du er logget ind som {signedInAs}. Log ud, log ind som {email}, og åbn linket igen.',
  },
  'invitation.needsNameAndPassword': {
    en: 'a new account needs a name and a password',
    da: 'En ny konto skal have et navn og en adgangskode.',
  },
  'account.emailTaken': {
    en: 'an account with the e-mail {email} already exists',
    da: 'Der findes allerede en konto med e-mailadressen {email}.',
  },
  'leader.personNotFound': {
    en: 'there is no person "{personId}" in this organisation\'s hierarchy; search the hierarchy by name or id',
    da: 'Der er ingen person "{personId}" i organisationens hierarki. Søg i hierarkiet på navn eller nummer.',
  },
  'leader.leadsNobody': {
    en: '{name} ({personId}) has no direct reports, so is not a leader in the hierarchy',
    da: '{name} ({personId}) har ingen medarbejdere direkte under sig og er derfor ikke leder i hierarkiet.',
  },
  'leader.personTaken': {
    en: 'person {personId} is already bound to the member {email}; unbind them first or choose another person',
    da: 'Personen {personId} er allerede knyttet til medlemmet {email}. Fjern den tilknytning først, eller vælg en anden person.',
  },
  'leader.onlyLeadersBound': {
    en: 'only leaders are bound to a person; this member is {role}',
    da: 'Kun ledere knyttes til en person. Dette medlem er {role}.',
  },
  'access.operatorsOnly': {
    en: 'only operators may do this',
    da: 'Kun operatører må gøre dette.',
  },
  'access.tenantNotYours': {
    en: 'this organisation was not found among your organisations',
    da: 'Organisationen er ikke blandt dine organisationer.',
  },
  'access.roleRefused': {
    en: 'your role ({role}) does not allow this',
    da: 'Din rolle ({role}) giver ikke adgang til dette.',
  },
  'tenant.slugTaken': {
    en: 'the slug "{slug}" is already taken by another tenant',
    da: 'Kortnavnet "{slug}" bruges allerede af en anden organisation. Vælg et andet.',
  },
  'tenant.notFound': {
    en: 'this organisation does not exist',
    da: 'Organisationen findes ikke.',
  },
  'tenant.slugNotFound': {
    en: 'no tenant has the slug "{slug}"',
    da: 'Ingen organisation har kortnavnet "{slug}".',
  },
  'tenant.isolateNeedsCitus': {
    en: '{slug} cannot get a shard of its own: the database is not a Citus cluster (DATABASE_URL must name the coordinator)',
    da: '{slug} kan ikke få sin egen shard: databasen er ikke en Citus-klynge (DATABASE_URL skal pege på koordinatoren).',
  },
  'tenant.isolateNodeInvalid': {
    en: '"{node}" is not a worker address; write it as host:port, e.g. 10.0.0.12:5432',
    da: '"{node}" er ikke en worker-adresse. Skriv den som vært:port, fx 10.0.0.12:5432.',
  },
  'tenant.unknownTimeZone': {
    en: '"{zone}" is not a time zone; write its IANA name, e.g. Europe/Copenhagen',
    da: '"{zone}" er ikke en tidszone. Skriv den som et IANA-navn, fx Europe/Copenhagen.',
  },
} as const;
