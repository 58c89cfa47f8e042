import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomPassword, seedDemo } from '@spejl/core';
import { sql, withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { appRouter } from '../src/root.ts';
import { isTenantProcedure } from '../src/trpc.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';
import { procedureExamples, type Victim } from './procedure-examples.ts';

/*
 * Issue 16: every report read, every export and every change is in the audit log. This walks every
 * tenant procedure of the router (like cross-tenant.test.ts), calls the ones that read a report,
 * export or change something as an admin of the tenant with the example input, and fails when a
 * call that succeeded wrote no audit row. A procedure that writes nothing on purpose is listed
 * below with the reason.
 */

interface ProcedureLike { _def: { type: 'query' | 'mutation' | 'subscription'; middlewares: unknown[] } }
const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureLike>;
const tenantPaths = Object.keys(procedures).filter((path) => isTenantProcedure(procedures[path]!)).sort();

/** Queries that hand out a report or a file: audited although they are queries. */
const READS = /(^reports\.(document|html|pdf)$|[Ee]xport|^dialogueMeeting\.kit|^reports\.startBulkPdf$|^initiatives\.preview$)/;

/** Mutations that change nothing anyone needs to answer for, each with why. */
export const NOT_AUDITED: Record<string, string> = {
  'people.previewImport': 'reads the uploaded file and shows what an import would change; applyImport is audited',
};

/**
 * Calls the walk cannot make succeed with the shared example input in the demo's state (a closed
 * round, an admin without a person, a plugin-free peers file): each is audited where it changes
 * something, as named, and tested there. A new procedure the walk cannot run must be added here.
 */
export const NOT_RUN_HERE: Record<string, string> = {
  'comments.release': 'the demo round has review off; review-release.ts records comment.release (packages/api/test/comments.test.ts)',
  'dialogueMeeting.kitHtml': 'the admin is no leader; the kit is audited as dialogueMeeting.kit (packages/api/test/dialogue-meeting.test.ts)',
  'dialogueMeeting.kitPdf': 'the admin is no leader; the kit is audited as dialogueMeeting.kit (packages/api/test/dialogue-meeting.test.ts)',
  'dialogueMeeting.markHeld': 'the admin is no leader; audited as dialogueMeeting.held',
  'dialogueMeeting.plan': 'the admin is no leader; audited as dialogueMeeting.plan',
  'dialogueMeeting.recordAgreements': 'the admin is no leader; audited as dialogueMeeting.agreements',
  'dialogueMeeting.share': 'the admin is no leader; audited as dialogueMeeting.share',
  'followUp.open': 'the admin is no leader the round evaluated; audited as followUp.open (packages/api/test/follow-up.test.ts)',
  'followUp.save': 'the admin has no plan of their own; audited as followUp.save',
  'followUp.confirmTalk': 'the admin is no leader\'s superior in the demo; audited as followUp.confirm',
  'initiatives.answer': 'the admin is no leader an initiative aims at; leader-initiatives.ts records initiatives.answer',
  'unitMappings.set': 'the demo has no earlier round before its closed one in the order the example needs; unit-mappings.ts records unitMappings.set',
  'languages.remove': 'only a draft round loses a language, and the demo has none; round-languages.ts records languages.remove',
  'members.setPerson': 'the example binds an admin, and only leaders are bound; members.ts records member.person',
  'peers.import': 'the demo round is closed; peers-store.ts records the import',
  'peers.nominations.decide': 'no open nomination in the demo; nominations.ts records the decision',
  'peers.nominations.nominate': 'the admin is no leader with a draft round; nominations.ts records it',
  'peers.nominations.withdraw': 'no nomination of the admin; nominations.ts records it',
  'responses.import': 'the example file is for another state of the round; audited as responses.import',
  'rounds.archive': 'the demo round is not in a state to archive; audited as round.archive',
  'rounds.close': 'the demo\'s first round may be one of its closed or archived rounds; audited as round.close (rounds.ts)',
  'rounds.extend': 'the demo round is closed; audited as round.extend',
  'rounds.launch': 'no draft round in the demo; audited as round.launch',
  'letters.print': 'no open round in the demo; print-letters.ts records round.letters.print (packages/core/test/letters/letters.test.ts)',
  'rounds.remindNow': 'no open round in the demo; audited as round.remindNow',
  'rounds.resend': 'no open round in the demo; audited as round.resend',
  'rounds.sendTestInvitation': 'no draft round in the demo; test-invitation.ts records it',
  'rounds.update': 'the demo round is closed; audited as round.update',
  'rounds.remove': 'the demo round is closed; audited as round.delete',
  'tenant.update': 'the example sets a threshold the demo\'s closed round has locked; tenants.ts records tenant.update (packages/api/test/tenant.test.ts)',
  'safetyNet.runNow': 'the demo has no SFTP location when the walk gets here; audited as safetynet.sync.run, and the sync itself as safetynet.sync.applied/held/failed (packages/core/test/safetynet/sftp-sync.test.ts)',
  'safetyNet.approve': 'no held sync in the demo; audited as safetynet.sync.approved',
  'safetyNet.discard': 'no held sync in the demo; audited as safetynet.sync.discarded',
  'sso.remove': 'the walk reaches it before sso.save, so there is nothing to remove; sso-config.ts records sso.remove (packages/api/test/sso/sso.test.ts)',
  'pulses.start': 'the example names the demo\'s first reported round, which need not be closed with a large enough team; audited as pulse.start (packages/api/test/pulses.test.ts)',
  'comments.mask': 'the demo round has review off; masking is audited as comment.mask (tests/e2e/comment-review.test.ts)',
};

function callPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

/** Calls that take away the caller's own ground run last. */
const LAST = ['initiatives.delete', 'members.changeRole', 'members.remove', 'rounds.remove'];
const mustAudit = tenantPaths
  .filter((p) => procedures[p]!._def.type === 'mutation' || READS.test(p))
  .sort((a, b) => Number(LAST.includes(a)) - Number(LAST.includes(b)));

describe('the audit coverage walk', () => {
  it('finds the report reads, exports and changes', () => {
    expect(mustAudit).toEqual(expect.arrayContaining(['reports.document', 'reports.html', 'reports.pdf', 'people.exportCsv', 'outbox.tenantExport', 'members.invite', 'tenant.update']));
  });
  it('lists no exception that is not a procedure', () => {
    expect([...Object.keys(NOT_AUDITED), ...Object.keys(NOT_RUN_HERE)].filter((p) => !mustAudit.includes(p))).toEqual([]);
  });
});

describe.each(testEngines())('every report read, export and change is audited on $name', (engine) => {
  let f: ApiFixture;
  let own: Victim;
  let admin: Awaited<ReturnType<ApiFixture['user']>>;
  const outcome = new Map<string, 'audited' | 'silent' | 'refused'>();

  beforeAll(async () => {
    f = await apiFixture(engine);
    const demo = await seedDemo(f.db, { operator: randomPassword(), admin: randomPassword() });
    const tenantId = demo.tenant.id;
    admin = await f.user('Auditor');
    await f.join(tenantId, admin, 'admin');
    const demoAdmin = await f.db.selectFrom('user').select('id').where('email', '=', demo.admin.email).executeTakeFirstOrThrow();
    own = {
      tenantId,
      adminUserId: demoAdmin.id,
      first: (table, column = 'id') => withTenant(f.db, tenantId, async (tx) => {
        const row = await sql<{ value: string }>`select ${sql.ref(column)}::text as value from ${sql.table(table)} limit 1`.execute(tx);
        if (!row.rows[0]) throw new Error(`the demo tenant has no rows in ${table}`);
        return row.rows[0].value;
      }),
    };
    const count = () => withTenant(f.db, tenantId, (tx) => tx.selectFrom('audit_log').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).then((r) => r.n);
    for (const path of mustAudit) {
      const before = await count();
      const input = { ...(await procedureExamples[path]!(own)), tenantId };
      const ok = await callPath(f.as(admin), path, input).then(() => true, () => false);
      outcome.set(path, !ok ? 'refused' : (await count()) > before ? 'audited' : 'silent');
    }
  }, 600_000);
  afterAll(() => f?.close());

  it.each(mustAudit)('%s writes an audit row when it succeeds', (path) => {
    const result = outcome.get(path);
    if (NOT_AUDITED[path]) return;
    expect(result, `${path} succeeded without an audit row: audit it or list it in NOT_AUDITED with a reason`).not.toBe('silent');
    if (result === 'refused') expect(NOT_RUN_HERE[path], `${path} could not be run here: make its example succeed or list it in NOT_RUN_HERE with where it is audited`).toBeTypeOf('string');
  });

  it('exercised most of them (so a walk of refusals cannot pass silently)', () => {
    const audited = [...outcome.values()].filter((o) => o === 'audited').length;
    expect(audited).toBeGreaterThan(mustAudit.length / 2);
    expect(outcome.get('reports.document')).toBe('audited');
  });
});
