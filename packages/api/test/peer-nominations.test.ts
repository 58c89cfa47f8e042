import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderError, type UserSummary } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { apiFixture, type ApiFixture } from './fixture.ts';
import { dumpTenant } from './tenant-tables.ts';

// 1 leads 2 and 3; 2 leads 4 and 5; 3 leads 6; 4 leads 7. Leaders: 1, 2, 3, 4.
const PEOPLE = [
  'person_id;name;email;manager_id',
  '1;Birgitte Ravn;bira@example.org;',
  '2;Ole Kjærgaard;okj@example.org;1',
  '3;Hanne Østergård;hoe@example.org;1',
  '4;Mads Bæk;mab@example.org;2',
  '5;Lise Sørensen;lis@example.org;2',
  '6;Åse Holm;aho@example.org;3',
  '7;Jens Lund;jel@example.org;4',
].join('\n');

describe.each(testEngines())('peer nominations through the API, attacked, on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let roundId: string;
  let admin: UserSummary;
  let analyst: UserSummary;
  const leaders: Record<string, UserSummary> = {};
  const nominations = (u: UserSummary) => f.as(u).peers.nominations;

  beforeAll(async () => {
    f = await apiFixture(engine);
    const made = await f.tenantWithAdmin('nominations');
    [admin, tenantId] = [made.admin, made.tenant.id];
    await f.as(admin).people.applyImport({ tenantId, fileName: 'people.csv', contentBase64: Buffer.from(PEOPLE).toString('base64') });
    for (const [personId, name] of [['1', 'Birgitte'], ['2', 'Ole'], ['3', 'Hanne'], ['4', 'Mads']] as const) {
      leaders[name] = await f.user(name);
      await f.join(tenantId, leaders[name], 'leader');
      await f.as(admin).members.setPerson({ tenantId, userId: leaders[name].id, personId });
    }
    analyst = await f.user('Analytiker');
    await f.join(tenantId, analyst, 'analyst');
    roundId = (await f.as(admin).rounds.create({ tenantId, settings: { name: 'Forår', themes: [{ id: 'samarbejde' }] } })).id;
  });
  afterAll(() => f?.close());

  it('lets Ole nominate Hanne, refuses his own employee with the rule\'s reason in Danish, and lets only Birgitte or an admin decide', async () => {
    const ole = leaders.Ole!;
    expect((await nominations(ole).candidates({ tenantId, roundId, query: '' })).map((p) => p.personId)).toEqual(['3']);
    const error = await nominations(ole).nominate({ tenantId, roundId, peerId: '4' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', cause: { coded: { code: 'peers.isEmployee' } } });
    const { coded } = (error as { cause: { coded: { code: 'peers.isEmployee'; params: { peer: string; subject: string } } } }).cause;
    expect(renderError(coded.code, coded.params, 'da')).toMatch(/^Mads Bæk \(4\) er medarbejder hos Ole Kjærgaard \(2\)/);

    const { id } = await nominations(ole).nominate({ tenantId, roundId, peerId: '3' });
    // Ole cannot approve his own nomination; Hanne, the nominated peer, cannot either; nor an analyst.
    for (const u of [ole, leaders.Hanne!, leaders.Mads!, analyst]) {
      await expect(nominations(u).decide({ tenantId, nominationId: id, decision: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(nominations(leaders.Hanne!).withdraw({ tenantId, nominationId: id })).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { coded: { code: 'peerNominations.notYours' } } });
    expect((await nominations(leaders.Birgitte!).list({ tenantId })).waiting.map((w) => [w.subject.name, w.peer.name])).toEqual([['Ole Kjærgaard', 'Hanne Østergård']]);
    expect((await nominations(leaders.Hanne!).list({ tenantId })).waiting).toEqual([]);
    expect(await nominations(leaders.Birgitte!).decide({ tenantId, nominationId: id, decision: 'approve' })).toEqual({ status: 'approved' });
    expect((await f.as(admin).peers.list({ tenantId, roundId })).map((e) => [e.subject.personId, e.peers.map((p) => p.personId)])).toEqual([['2', ['3']]]);
  });

  it('shows a leader only their own peers and the superior their decisions; no input reads another leader\'s peers', async () => {
    // After the first test: Hanne is Ole's approved peer, and Birgitte approved it.
    const own = (await nominations(leaders.Ole!).list({ tenantId })).rounds.find((r) => r.id === roundId);
    expect(own?.peers).toEqual([{ peer: { personId: '3', name: 'Hanne Østergård', unitName: null }, source: 'nomination' }]);
    const hannes = await nominations(leaders.Hanne!).list({ tenantId });
    expect(hannes.rounds.find((r) => r.id === roundId)?.peers).toEqual([]);
    expect(JSON.stringify(hannes)).not.toContain('Ole Kjærgaard');
    expect((await nominations(leaders.Birgitte!).list({ tenantId })).decided.map((d) => [d.subject.personId, d.peer.personId, d.status])).toEqual([['2', '3', 'approved']]);
    // The list names no subject: asking for Ole's is refused, not quietly answered with one's own; the admins' lists stay closed.
    const hanne = nominations(leaders.Hanne!) as unknown as { list(input: unknown): Promise<unknown> };
    await expect(hanne.list({ tenantId, subjectId: '2' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(f.as(leaders.Hanne!).peers.list({ tenantId, roundId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(leaders.Hanne!).peers.list({ tenantId, roundId: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('counts a draft round\'s peers\' forms for an admin only: an analyst comparing one-leader scopes with and without the round would learn who rates whom', async () => {
    const scope = { kind: 'chains' as const, leaderIds: ['2'] };
    const withPeers = await f.as(admin).rounds.scopePreview({ tenantId, scope, exemptLeaderIds: ['4'], roundId });
    expect(withPeers.forms.peer).toBe(1);
    await expect(f.as(analyst).rounds.scopePreview({ tenantId, scope, exemptLeaderIds: ['4'], roundId })).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { coded: { code: 'access.roleRefused' } } });
    expect((await f.as(analyst).rounds.scopePreview({ tenantId, scope, exemptLeaderIds: ['4'] })).forms.peer).toBe(0);
  });

  it('refuses a leader who names someone else as the subject, and anyone but leaders nominating', async () => {
    const before = await dumpTenant(f.db, tenantId);
    const mads = nominations(leaders.Mads!) as unknown as { nominate(input: unknown): Promise<unknown> };
    await expect(mads.nominate({ tenantId, roundId, peerId: '3', subjectId: '2' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(nominations(admin).nominate({ tenantId, roundId, peerId: '3' })).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { coded: { code: 'peerNominations.notALeader' } } });
    await expect(nominations(analyst).nominate({ tenantId, roundId, peerId: '3' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await dumpTenant(f.db, tenantId)).toEqual(before);
  });

  it('gives another tenant\'s admin nothing: not through the victim\'s tenant id, nor the victim\'s ids in their own tenant', async () => {
    const { id } = await nominations(leaders.Mads!).nominate({ tenantId, roundId, peerId: '3' });
    const intruders = await f.tenantWithAdmin('intruders');
    const intruder = nominations(intruders.admin);
    const before = await dumpTenant(f.db, tenantId);
    await expect(intruder.list({ tenantId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(intruder.decide({ tenantId, nominationId: id, decision: 'approve' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(intruder.decide({ tenantId: intruders.tenant.id, nominationId: id, decision: 'approve' })).rejects.toMatchObject({ code: 'NOT_FOUND', cause: { coded: { code: 'peerNominations.notFound' } } });
    await expect(intruder.candidates({ tenantId: intruders.tenant.id, roundId, query: '' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await intruder.list({ tenantId: intruders.tenant.id })).toEqual({ max: 10, decides: true, rounds: [], waiting: [], decided: [] });
    expect(await dumpTenant(f.db, tenantId)).toEqual(before);
    // The tenant's own admin may decide (Ole, Mads's superior, could too).
    expect(await nominations(admin).decide({ tenantId, nominationId: id, decision: 'reject' })).toEqual({ status: 'rejected' });
  });

  it('launches with the approved peer, whose form exists; afterwards nominations are refused', async () => {
    const result = await f.as(admin).rounds.launch({ tenantId, roundId });
    expect(result.round.status).toBe('open');
    const forms = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('round_assignments').select(['person_id', 'subject_id']).where('round_id', '=', roundId).where('role', '=', 'peer').execute());
    expect(forms).toEqual([{ person_id: '3', subject_id: '2' }]);
    await expect(nominations(leaders.Mads!).nominate({ tenantId, roundId, peerId: '1' })).rejects.toMatchObject({ code: 'CONFLICT', cause: { coded: { code: 'peers.roundNotDraft' } } });
  });
});
