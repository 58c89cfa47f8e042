/*
 * The record of processing (what a data processing agreement refers to): every table of the
 * schema, either personal, with what it holds, why, and how long, or not personal, with the reason.
 * The catalog test compares this list with the database's own, so a new table without a line here
 * fails the build; the console's data protection page and docs/data-protection.md show it.
 */

/** A text in the console's two languages. */
export interface Bilingual { da: string; en: string }

/** A table holding personal data: what of it, why Spejl keeps it, and the rule that ends it. */
export interface PersonalTable { personal: true; what: Bilingual; why: Bilingual; kept: Bilingual }

/** A table without personal data, and why it has none. */
export interface ImpersonalTable { personal: false; reason: string }

const KEPT = {
  round: { da: 'Til runden er lukket + opbevaringsperioden (standard 24 mdr.); slettes af den daglige kørsel.', en: 'Until the round closed + the retention period (default 24 months); deleted by the daily job.' },
  hierarchy: { da: 'Så længe personen er i organisationens HR-fil; slettes ved import uden personen eller på anmodning.', en: 'While the person is in the HR file; deleted by an import without them or on request.' },
  left: { da: 'Slettes, når personen er fratrådt og en rundes periode udløber, eller på anmodning.', en: 'Deleted once the person has left and a round’s period runs out, or on request.' },
  account: { da: 'Så længe kontoen har et medlemskab; slettes med det sidste medlemskab eller på anmodning.', en: 'While the account has a membership; deleted with the last one or on request.' },
  audit: { da: 'Så længe organisationen er kunde; navne og e-mails erstattes af et pseudonym ved sletning og opbevaringsudløb.', en: 'As long as the organisation is a customer; names and addresses become a pseudonym on erasure and at retention.' },
  short: { da: 'Kort tid (timer): nulstilles af sig selv.', en: 'Briefly (hours): reset by itself.' },
} satisfies Record<string, Bilingual>;

const p = (what: Bilingual, why: Bilingual, kept: Bilingual): PersonalTable => ({ personal: true, what, why, kept });
const no = (reason: string): ImpersonalTable => ({ personal: false, reason });

/** Every table of the schema, by name. */
export const PERSONAL_DATA: Record<string, PersonalTable | ImpersonalTable> = {
  people: p({ da: 'Navn, e-mail, medarbejdernr., leder, faggruppe, enhed, sprog', en: 'Name, e-mail, employee no., manager, professional group, unit, language' }, { da: 'Ledelseskæden, som målingen bygger på', en: 'The leadership chain evaluations are built on' }, KEPT.hierarchy),
  round_people: p({ da: 'Rundens kopi af hierarkiet: navn, e-mail, leder, enhed, sprog', en: 'The round’s copy of the hierarchy: name, e-mail, manager, unit, language' }, { da: 'Rapporter viser ledere, som de var ved rundens start', en: 'Reports show leaders as they were at launch' }, { da: 'Navne og e-mails til runden er lukket + opbevaringsperioden; derefter vises ledere ved deres plads ("Leder af <enhed>").', en: 'Names and addresses until the round closed + the retention period; then leaders are shown by their place ("Leder af <unit>").' }),
  round_respondents: p({ da: 'Navn, e-mail, sprog og link (hash) for hver, der blev spurgt', en: 'Name, e-mail, language and link (hash) of everyone asked' }, { da: 'Invitationer og påmindelser', en: 'Invitations and reminders' }, KEPT.round),
  round_assignments: p({ da: 'Hvem der skulle vurdere hvem (medarbejdernr.) og hvem der er færdig', en: 'Who was asked to rate whom (employee no.) and who has finished' }, { da: 'Svarprocenter og påmindelser; aldrig koblet til besvarelser', en: 'Response rates and reminders; never linked to answers' }, { da: 'Fremdrift slettes med runden; hvem der blev spurgt (kun medarbejdernr.) bliver, så svarprocenter står.', en: 'Progress goes with the round; who was asked (ids only) stays, so response rates stand.' }),
  round_messages: p({ da: 'Hvilke invitationer og påmindelser hver person har fået', en: 'Which invitations and reminders each person got' }, { da: 'At sende hver mail én gang', en: 'Sending each mail once' }, KEPT.round),
  round_reminder_runs: p({ da: 'Påmindelseskørsler, hvem der bad om dem', en: 'Reminder runs and who asked for them' }, { da: 'Overblik over påmindelser', en: 'An overview of reminders' }, KEPT.round),
  round_peers: p({ da: 'Kollegapar (medarbejdernr.)', en: 'Peer pairs (employee nos.)' }, { da: 'Hvem der vurderer hvem som kollega', en: 'Who rates whom as a peer' }, KEPT.round),
  peer_nominations: p({ da: 'Forslag til kolleger og afgørelser', en: 'Peer nominations and decisions' }, { da: 'Lederens valg af kolleger', en: 'A leader’s choice of peers' }, KEPT.round),
  standing_peers: p({ da: 'Faste kollegapar (medarbejdernr.)', en: 'Standing peer pairs (employee nos.)' }, { da: 'Genbruges i næste runde', en: 'Reused in the next round' }, KEPT.left),
  follow_up_plans: p({ da: 'Lederens opfølgningsplan, noter og aftaler', en: 'A leader’s follow-up plan, notes and agreements' }, { da: 'Opfølgning på målingen', en: 'Following up the evaluation' }, KEPT.round),
  follow_up_focus_points: p({ da: 'Fokuspunkter og handlinger i planen', en: 'Focus points and actions of the plan' }, { da: 'Opfølgning på målingen', en: 'Following up the evaluation' }, KEPT.round),
  dialogue_meetings: p({ da: 'Dialogmøder: dato, aftaler', en: 'Dialogue meetings: date, agreements' }, { da: 'Opfølgning med medarbejderne', en: 'Following up with the staff' }, KEPT.round),
  initiative_targets: p({ da: 'Hvilke ledere en indsats gælder, og deres svar', en: 'Which leaders an initiative targets, and their answers' }, { da: 'Indsatser og deres opfølgning', en: 'Initiatives and their follow-up' }, KEPT.left),
  report_jobs: p({ da: 'Hvem der bestilte en PDF-kørsel', en: 'Who ordered a PDF run' }, { da: 'Samlet download af rapporter', en: 'Bulk download of reports' }, KEPT.round),
  report_job_files: p({ da: 'Færdige rapporter (PDF) med ledernavne', en: 'Finished reports (PDF) with leaders’ names' }, { da: 'Samlet download af rapporter', en: 'Bulk download of reports' }, KEPT.round),
  mail_outbox: p({ da: 'Kopi af sendte mails: modtager, emne, tekst (uden personlige links)', en: 'Copies of mail sent: recipient, subject, text (without personal links)' }, { da: 'At kunne se, hvad der er sendt, og om det fejlede', en: 'Seeing what was sent and whether it failed' }, { da: 'Rundens mails slettes med runden; alle mails til en fratrådt slettes med den.', en: 'A round’s mail goes with the round; all mail to someone who left goes then too.' }),
  memberships: p({ da: 'Konto, rolle og evt. koblet medarbejdernr.', en: 'Account, role and any linked employee no.' }, { da: 'Adgang til konsollen', en: 'Console access' }, KEPT.left),
  invitations: p({ da: 'E-mail og rolle for en invitation', en: 'E-mail and role of an invitation' }, { da: 'Invitation af brugere', en: 'Inviting users' }, KEPT.left),
  audit_log: p({ da: 'Hvem gjorde hvad hvornår; log-ind-e-mail og IP-adresse', en: 'Who did what when; sign-in e-mail and IP address' }, { da: 'Sikkerhed og sporbarhed', en: 'Security and accountability' }, KEPT.audit),
  people_imports: p({ da: 'Hvem der importerede hvilken fil', en: 'Who imported which file' }, { da: 'Historik for hierarkiet', en: 'History of the hierarchy' }, KEPT.audit),
  unit_mappings: p({ da: 'Hvilken leder i en tidligere runde svarer til hvilken nu (medarbejdernr.)', en: 'Which leader of an earlier round is which now (employee nos.)' }, { da: 'Udvikling over tid', en: 'Trends over time' }, { da: 'Så længe begge runder findes; kun medarbejdernr.', en: 'As long as both rounds exist; ids only.' }),
  round_pulses: p({ da: 'Hvilke lederes teams en pulsmåling spørger (medarbejdernr.), og hvem der startede den', en: 'Which leaders’ teams a pulse asks (employee nos.), and who started it' }, { da: 'Pulsmålinger på fokuspunkter', en: 'Pulses on focus points' }, { da: 'Så længe pulsmålingen findes; kun medarbejdernr.', en: 'As long as the pulse exists; ids only.' }),
  user: p({ da: 'Kontoens navn, e-mail, sprog', en: 'An account’s name, e-mail, language' }, { da: 'Log ind', en: 'Signing in' }, KEPT.account),
  session: p({ da: 'Sessioner med IP-adresse og browser', en: 'Sessions with IP address and browser' }, { da: 'Log ind', en: 'Signing in' }, KEPT.account),
  account: p({ da: 'Adgangskode (hash) og SSO-kobling', en: 'Password (hash) and SSO link' }, { da: 'Log ind', en: 'Signing in' }, KEPT.account),
  verification: p({ da: 'Engangskoder til nulstilling', en: 'One-time reset codes' }, { da: 'Nulstilling af adgangskode', en: 'Password reset' }, KEPT.short),
  rateLimit: p({ da: 'Antal forespørgsler pr. IP-adresse', en: 'Requests per IP address' }, { da: 'Beskyttelse mod misbrug', en: 'Protection against abuse' }, KEPT.short),
  sign_in_throttle: p({ da: 'Fejlede log-ind pr. konto og IP-adresse', en: 'Failed sign-ins per account and address' }, { da: 'Beskyttelse mod gætteri', en: 'Protection against guessing' }, KEPT.short),
  survey_link_guesses: p({ da: 'Forkerte survey-links pr. IP-adresse', en: 'Wrong survey links per address' }, { da: 'Beskyttelse mod gætteri', en: 'Protection against guessing' }, KEPT.short),
  system_mail_outbox: p({ da: 'Kontomails (nulstilling): modtager og tekst uden link', en: 'Account mail (reset): recipient and text without link' }, { da: 'At kunne se, hvad der er sendt', en: 'Seeing what was sent' }, KEPT.account),
  safetynet_syncs: p({ da: 'Mens en synkronisering afventer godkendelse: de personrækker, den vil indlæse, og eksempler på ændringerne (navne, e-mails)', en: 'While a sync awaits approval: the people rows it would load and samples of its changes (names, e-mails)' }, { da: 'At en administrator kan se og godkende store ændringer fra HR-systemet', en: 'Letting an admin see and approve large changes from the HR system' }, { da: 'Til synkroniseringen er godkendt eller afvist (eller afløst af en nyere); derefter kun antal.', en: 'Until the sync is approved or discarded (or replaced by a newer one); then only counts.' }),
  safetynet_settings: no('where the HR files lie (an SFTP service account and its key), not a person'),
  letter_code_routes: no('the hash of a printed letter code and the tenant it belongs to; who it was for is only in round_respondents'),
  twoFactor: p({ da: 'Kontoens TOTP-nøgle og gendannelseskoder (krypteret)', en: 'An account’s TOTP secret and recovery codes (encrypted)' }, { da: 'To-faktor-login', en: 'Two-factor sign-in' }, KEPT.account),
  round_forms: no('answers without any link to who gave them (DESIGN.md, Anonymity); free-text comments are masked for CPR numbers always and for names in review'),
  round_closure: no('pairs of positions (ord numbers) in a round snapshot'),
  round_snapshots: no('counts of a round snapshot'),
  rounds: no('a round’s settings and texts'),
  round_report_settings: no('which reports a round uses'),
  tenants: no('the client organisation itself, not a person'),
  tenant_themes: no('which themes a tenant uses (the editing user is a foreign key to user)'),
  tenant_framing: no('example texts for the survey'),
  local_questions: no('the tenant’s own statements'),
  report_settings: no('which reports a tenant uses'),
  follow_up_settings: no('who may read plans'),
  people_import_settings: no('a column mapping'),
  initiatives: no('an organisational effort: title, material, aim (the leaders it reaches are in initiative_targets)'),
  initiative_files: no('material files for leaders, uploaded by the organisation'),
  sso_configs: no('an organisation’s identity provider (issuer, client id, sealed client secret, allowed domains), not a person'),
  sso_directory: no('which organisation claims an e-mail domain for single sign-on'),
  round_languages: no('a round’s translations of its texts into an added language'),
  kysely_migration: no('which migrations ran'),
  kysely_migration_lock: no('the migration lock'),
};
