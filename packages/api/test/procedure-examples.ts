/**
 * Example input for every tenant procedure, keyed by its path in appRouter. The cross-tenant
 * test calls each one as an admin of another tenant with `tenantId` set to the victim tenant,
 * and fails for any tenant procedure missing here. Give input that would be valid and would
 * change or reveal the victim's data if isolation broke (refer to its real rows via `victim`).
 */
export interface Victim {
  /** The victim tenant (the seeded demo tenant). */
  tenantId: string;
  /** A value from the first row of a tenant table of the victim, e.g. `await victim.first('invitations')`. */
  first(table: string, column?: string): Promise<string>;
  /** The victim's admin user id. */
  adminUserId: string;
}

/** Builds a procedure's example input for a victim tenant. */
export type Example = (victim: Victim) => Promise<Record<string, unknown>> | Record<string, unknown>;

/** A valid two-person people file, base64, for the import procedures' examples. */
const PEOPLE_FILE = Buffer.from('person_id;name;email;manager_id\n1;Indtrænger;x@example.org;\n2;Medhjælper;y@example.org;1\n').toString('base64');

/** One entry per tenant procedure; add yours when you add a procedure. */
export const procedureExamples: Record<string, Example> = {
  'tenant.update': (v) => ({ tenantId: v.tenantId, name: 'Hijacked', threshold: 3, branding: { primaryColor: '#000000' } }),
  'tenant.current': (v) => ({ tenantId: v.tenantId }),
  'tenant.audit': (v) => ({ tenantId: v.tenantId, limit: 10 }),
  'tenant.checklist': (v) => ({ tenantId: v.tenantId }),
  'audit.list': (v) => ({ tenantId: v.tenantId, filter: {}, page: 1, pageSize: 50 }),
  'audit.choices': (v) => ({ tenantId: v.tenantId }),
  'audit.exportCsv': (v) => ({ tenantId: v.tenantId, filter: {} }),
  'members.list': (v) => ({ tenantId: v.tenantId }),
  'members.invite': (v) => ({ tenantId: v.tenantId, email: 'intruder@example.org', role: 'admin' }),
  'members.revokeInvitation': async (v) => ({ tenantId: v.tenantId, invitationId: await v.first('invitations') }),
  'members.changeRole': (v) => ({ tenantId: v.tenantId, userId: v.adminUserId, role: 'leader' }),
  'members.setPerson': async (v) => ({ tenantId: v.tenantId, userId: v.adminUserId, personId: await v.first('people', 'person_id') }),
  'members.remove': (v) => ({ tenantId: v.tenantId, userId: v.adminUserId }),
  'outbox.tenant': (v) => ({ tenantId: v.tenantId, limit: 10 }),
  'outbox.tenantCount': (v) => ({ tenantId: v.tenantId }),
  'outbox.tenantExport': (v) => ({ tenantId: v.tenantId }),
  'themes.catalog': (v) => ({ tenantId: v.tenantId }),
  'themes.setEnabled': (v) => ({ tenantId: v.tenantId, themeId: 'borgerorientering', enabled: false }),
  'themes.saveFraming': (v) => ({ tenantId: v.tenantId, framing: { defaultExample: { da: 'indtrængere' }, faggruppeExamples: [] } }),
  'themes.localQuestions': (v) => ({ tenantId: v.tenantId }),
  'themes.saveLocalQuestions': (v) => ({ tenantId: v.tenantId, questions: { expectedRevision: null, intro: null, items: [] } }),
  // Peers: the victim's standing list would be replaced; names of the victim's leaders in the file.
  // Languages: the victim's round would get a language, its translations or a translated file (its closed round: archived ones refuse).
  'languages.list': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id') }),
  'languages.add': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id'), tag: 'pl' }),
  'languages.remove': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id'), tag: 'pl' }),
  'languages.table': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id'), tag: 'pl' }),
  'languages.save': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id'), tag: 'pl', entries: [{ key: 'survey.form.next', text: 'Dalej' }] }),
  'languages.exportCsv': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id'), tag: 'pl' }),
  'languages.importFile': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id'), tag: 'pl', fileName: 'pl.csv', contentBase64: Buffer.from('key;pl\nsurvey.form.next;Dalej\n').toString('base64') }),
  'peers.list': (v) => ({ tenantId: v.tenantId, roundId: null }),
  'peers.import': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('rounds'), fileName: 'x.csv', contentBase64: Buffer.from(`subject_id,peer_id\n${await v.first('people', 'person_id')},${await v.first('people', 'manager_id')}\n`).toString('base64') }),
  'peers.clear': (v) => ({ tenantId: v.tenantId, roundId: null }),
  'unitMappings.overview': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id') }),
  'unitMappings.set': async (v) => ({
    tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id'), earlierRoundId: await v.first('rounds'),
    pairs: [{ earlierLeaderId: await v.first('round_people', 'person_id'), leaderId: await v.first('round_people', 'person_id') }],
  }),
  // Peer nominations: the victim's round and a nomination id (none exist in the demo, so a well-formed one; the core refuses either way).
  'peers.nominations.list': (v) => ({ tenantId: v.tenantId }),
  'peers.nominations.candidates': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('rounds'), query: 'a' }),
  'peers.nominations.nominate': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('rounds'), peerId: await v.first('people', 'person_id') }),
  'peers.nominations.withdraw': async (v) => ({ tenantId: v.tenantId, nominationId: await v.first('rounds') }),
  'peers.nominations.decide': async (v) => ({ tenantId: v.tenantId, nominationId: await v.first('rounds'), decision: 'approve' }),
  // Comments: the victim's closed round's review queue, a masking (a well-formed reference and hash) and the release.
  'comments.queue': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id') }),
  'comments.mask': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id'), ref: 'a'.repeat(43), questionId: 'borgerorientering.godt', textHash: 'b'.repeat(43), spans: [{ start: 0, end: 1, kind: 'selection' }] }),
  'comments.release': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id') }),
  'comments.reviewSetting': (v) => ({ tenantId: v.tenantId }),
  'comments.setReviewSetting': (v) => ({ tenantId: v.tenantId, commentReview: true }),
  // The hierarchy: the victim's people are the demo municipality; a small valid file would replace them.
  'people.summary': (v) => ({ tenantId: v.tenantId }),
  'people.children': (v) => ({ tenantId: v.tenantId, managerId: null }),
  'people.search': (v) => ({ tenantId: v.tenantId, query: 'a' }),
  'people.get': async (v) => ({ tenantId: v.tenantId, personId: await v.first('people', 'person_id') }),
  'people.list': (v) => ({ tenantId: v.tenantId }),
  'people.exportCsv': (v) => ({ tenantId: v.tenantId }),
  'people.imports': (v) => ({ tenantId: v.tenantId }),
  'people.importSettings': (v) => ({ tenantId: v.tenantId }),
  'people.saveImportSettings': (v) => ({ tenantId: v.tenantId, largeChangePercent: 100 }),
  'people.previewImport': (v) => ({ tenantId: v.tenantId, fileName: 'x.csv', contentBase64: PEOPLE_FILE }),
  'people.applyImport': (v) => ({ tenantId: v.tenantId, fileName: 'x.csv', contentBase64: PEOPLE_FILE, confirmLargeChange: true }),
  'people.move': async (v) => ({ tenantId: v.tenantId, personId: await v.first('people', 'person_id'), managerId: null }),
  'people.add': (v) => ({ tenantId: v.tenantId, person: { personId: 'X1', name: 'Indtrænger', email: null, managerId: null, faggruppe: null, unitName: null } }),
  'people.update': async (v) => ({ tenantId: v.tenantId, personId: await v.first('people', 'person_id'), patch: { name: 'Hijacked' } }),
  'people.remove': async (v) => ({ tenantId: v.tenantId, personId: await v.first('people', 'person_id'), reportsToSuperior: true }),
  'people.setExempt': async (v) => ({ tenantId: v.tenantId, personId: await v.first('people', 'person_id'), exempt: true, reason: 'x' }),
  // Rounds: the victim's demo round (open, with answers); a valid responses file for it.
  'rounds.themes': (v) => ({ tenantId: v.tenantId }),
  'rounds.list': (v) => ({ tenantId: v.tenantId }),
  'rounds.get': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('rounds') }),
  'rounds.scopePreview': async (v) => ({ tenantId: v.tenantId, scope: { kind: 'chains', leaderIds: [await v.first('people', 'person_id')] } }),
  'rounds.create': (v) => ({ tenantId: v.tenantId, settings: { name: 'Indtrænger', themes: [{ id: 'borgerorientering' }] } }),
  'rounds.update': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('rounds'), settings: { name: 'Hijacked', themes: [{ id: 'borgerorientering' }] } }),
  'rounds.remove': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('rounds') }),
  'rounds.launch': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('rounds') }),
  'rounds.close': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('rounds') }),
  'rounds.extend': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('rounds'), closesAt: new Date(Date.now() + 60 * 86_400_000) }),
  'rounds.archive': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('rounds') }),
  'rounds.progress': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('rounds') }),
  'rounds.resend': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('rounds'), personId: await v.first('round_respondents', 'person_id') }),
  'rounds.reminderPreview': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('rounds'), chainOf: null }),
  'rounds.remindNow': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('rounds'), chainOf: await v.first('round_assignments', 'subject_id') }),
  'rounds.reminderHistory': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('rounds') }),
  'rounds.preview': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('rounds'), role: 'employee', faggruppe: null }),
  'rounds.sendTestInvitation': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('rounds') }),
  'responses.import': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('rounds'), fileName: 'x.csv', contentBase64: Buffer.from(`subject_id,rater_role,borgerorientering.kultur\n${await v.first('round_assignments', 'subject_id')},employee,1\n`).toString('base64') }),
  // Reports: the victim's closed demo round; a leader of it; settings that would switch every report off.
  'reports.rounds': (v) => ({ tenantId: v.tenantId }),
  'reports.mine': (v) => ({ tenantId: v.tenantId }),
  'reports.results': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id') }),
  'reports.document': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id'), reportId: 'tenant' }),
  'reports.pdf': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id'), reportId: 'tenant' }),
  'reports.html': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id'), reportId: 'tenant' }),
  'reports.startBulkPdf': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id') }),
  'reports.bulkPdfStatus': async (v) => ({ tenantId: v.tenantId, jobId: await v.first('report_jobs') }),
  'reports.bulkPdfJobs': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('report_jobs', 'round_id') }),
  'reports.rollupExport': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id'), format: 'csv' }),
  'reports.commentsExport': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id'), format: 'csv' }),
  'reports.settings': (v) => ({ tenantId: v.tenantId }),
  'reports.saveSettings': (v) => ({ tenantId: v.tenantId, expectedRevision: null, superiorReadsReports: false, reports: { leader: { enabled: false, options: {} } } }),
  'reports.preview': (v) => ({ tenantId: v.tenantId, reportId: 'leader', options: {} }),
  'dialogueMeeting.mine': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id') }),
  'dialogueMeeting.plan': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id'), model: 'one-hour', date: '2027-01-12', themeIds: ['borgerorientering'] }),
  'dialogueMeeting.kitPdf': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id') }),
  'dialogueMeeting.kitHtml': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id') }),
  'dialogueMeeting.recordAgreements': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id'), agreements: 'Overtaget' }),
  'dialogueMeeting.markHeld': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id'), held: true }),
  'dialogueMeeting.share': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id') }),
  'dialogueMeeting.read': async (v) => ({ tenantId: v.tenantId, meetingId: await v.first('dialogue_meetings') }),
  'dialogueMeeting.statuses': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id') }),
  'followUp.open': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id') }),
  'followUp.get': async (v) => ({ tenantId: v.tenantId, planId: await v.first('follow_up_plans') }),
  'followUp.text': async (v) => ({ tenantId: v.tenantId, planId: await v.first('follow_up_plans') }),
  'followUp.save': async (v) => ({
    tenantId: v.tenantId, planId: await v.first('follow_up_plans'), expectedRevision: 1,
    draft: { readingNotes: ['', '', ''], focusPoints: [], talkAt: '2030-01-01T10:00:00Z', agreements: 'Overtaget', talkHeld: true },
  }),
  'followUp.confirmTalk': async (v) => ({ tenantId: v.tenantId, planId: await v.first('follow_up_plans'), expectedRevision: 1 }),
  'followUp.chainStatus': async (v) => ({ tenantId: v.tenantId, roundId: await v.first('round_report_settings', 'round_id') }),
  'followUp.settings': (v) => ({ tenantId: v.tenantId }),
  'followUp.saveSettings': (v) => ({ tenantId: v.tenantId, policy: { superiorReadsPlans: false, staffReads: 'everything' } }),
  // Initiatives: the victim's demo initiative and its file; a new one aimed at every leader of the victim.
  'initiatives.templates': (v) => ({ tenantId: v.tenantId }),
  'initiatives.aimOptions': (v) => ({ tenantId: v.tenantId }),
  'initiatives.preview': async (v) => ({ tenantId: v.tenantId, target: { kind: 'below', roundId: await v.first('round_report_settings', 'round_id'), themeId: 'borgerorientering', value: 5 } }),
  'initiatives.list': (v) => ({ tenantId: v.tenantId }),
  'initiatives.create': (v) => ({ tenantId: v.tenantId, initiative: { title: 'Indtrængning', description: '', followUpMonths: 1, target: { kind: 'all' } } }),
  'initiatives.setFollowUpDay': async (v) => ({ tenantId: v.tenantId, initiativeId: await v.first('initiatives'), followUpOn: '2099-01-01' }),
  'initiatives.delete': async (v) => ({ tenantId: v.tenantId, initiativeId: await v.first('initiatives') }),
  'initiatives.addFile': async (v) => ({ tenantId: v.tenantId, initiativeId: await v.first('initiatives'), fileName: 'x.txt', contentBase64: Buffer.from('hej').toString('base64') }),
  'initiatives.removeFile': async (v) => ({ tenantId: v.tenantId, initiativeId: await v.first('initiative_files', 'initiative_id'), fileId: await v.first('initiative_files') }),
  'initiatives.get': async (v) => ({ tenantId: v.tenantId, initiativeId: await v.first('initiatives') }),
  'initiatives.mine': (v) => ({ tenantId: v.tenantId }),
  'initiatives.answer': async (v) => ({ tenantId: v.tenantId, initiativeId: await v.first('initiatives'), answer: { did: 'x', worked: 'x', wish: 'x' } }),
};
