import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { clearPeers, decideNomination, listNominations, listPeers, MAX_NOMINATIONS, nominatePeer, nominationCandidates, withdrawNomination, type NominationCaller } from '../../src/peers/index.ts';
import { createRound, launchRound, previewRoundScope, themeSourceOf } from '../../src/rounds/index.ts';
import { EGESKOV, memorySnapshots, TEST_LINK_KEY, THEME } from '../rounds/fixtures.ts';
import { PEER_THEME, storePeople } from './fixtures.ts';

const themes = themeSourceOf([THEME, PEER_THEME]);

// Leaders of Egeskov: 1001 (top) → 1002, 1003; 1002 → 1004, 1005; 1003 → 1013. 1006–1012 and 1014–1016 lead nobody.
const leader = (personId: string): NominationCaller => ({ userId: `u${personId}`, role: 'leader', personId });
const mads = leader('1004');
const ole = leader('1002'); // Mads's superior
const hanne = leader('1003'); // a leader beside Ole, not above Mads
const admin: NominationCaller = { userId: 'uadmin', role: 'admin', personId: null };
const analyst: NominationCaller = { userId: 'uanalyst', role: 'analyst', personId: null };

describe.each(testEngines())('peer nominations on $name', (engine) => {
  let handle: SpejlDatabase;
  let egeskov: string;
  let other: string;
  const as = <T>(tenant: () => string, fn: Parameters<typeof withTenant<T>>[2]) => withTenant(handle.db, tenant(), fn);
  const inEgeskov = <T>(fn: Parameters<typeof withTenant<T>>[2]) => as(() => egeskov, fn);
  const draft = (name: string, scope?: { kind: 'chains'; leaderIds: string[] }) =>
    inEgeskov((tx) => createRound(tx, egeskov, { name, themes: [{ id: 'samarbejde' }], ...(scope ? { scope } : {}) }, themes));
  const nominate = (caller: NominationCaller, roundId: string, peerId: string) => inEgeskov((tx) => nominatePeer(tx, egeskov, caller, { roundId, peerId }));
  const decide = (caller: NominationCaller, nominationId: string, decision: 'approve' | 'reject') => inEgeskov((tx) => decideNomination(tx, egeskov, caller, { nominationId, decision }));
  const list = (caller: NominationCaller) => inEgeskov((tx) => listNominations(tx, caller));

  beforeAll(async () => {
    handle = await engine.open();
    const rows = await handle.db.insertInto('tenants').values([
      { slug: 'nominations-egeskov', name: 'Egeskov', sector: 'kommune', branding: '{}' },
      { slug: 'nominations-other', name: 'Anden', sector: 'kommune', branding: '{}' },
    ]).returning('id').execute();
    [egeskov, other] = [rows[0]!.id, rows[1]!.id];
    await handle.db.insertInto('user').values([mads, ole, hanne, admin, analyst].map((c) => ({ id: c.userId, name: c.userId, email: `${c.userId}@nominations.example`, emailVerified: true }))).execute();
    await inEgeskov((tx) => storePeople(tx, egeskov, EGESKOV));
    await as(() => other, (tx) => storePeople(tx, other, EGESKOV));
  });
  afterAll(() => handle?.close());

  it('lets a leader nominate their own peers in a draft round that asks about them, and shows them to the superior and admins only', async () => {
    const round = await draft('Forår');
    const first = await nominate(mads, round.id, '1005');
    await nominate(mads, round.id, '1013');
    const own = await list(mads);
    expect(own.max).toBe(MAX_NOMINATIONS);
    expect(own.rounds.map((r) => [r.name, r.nominations.map((n) => [n.peer.name, n.status])])).toEqual([['Forår', [['Sørensen; Lise', 'pending'], ['Grethe Bach', 'pending']]]]);
    expect(own.waiting).toEqual([]);
    const waiting = (await list(ole)).waiting;
    expect(waiting.map((w) => [w.id === first.id, w.round.name, w.subject.personId, w.peer.personId])).toEqual([[true, 'Forår', '1004', '1005'], [false, 'Forår', '1004', '1013']]);
    expect((await list(admin)).waiting).toHaveLength(2);
    // Hanne is a leader too, but not Mads's superior; an analyst decides nothing.
    expect((await list(hanne)).waiting).toEqual([]);
    expect(await list(analyst)).toEqual({ max: MAX_NOMINATIONS, decides: false, rounds: [], waiting: [], decided: [] });
    expect([(await list(ole)).decides, (await list(mads)).decides, (await list(admin)).decides]).toEqual([true, true, true]);
    // The name search offers only leaders the rules allow: not Mads himself, his superior, nor anyone leading nobody.
    const offered = await inEgeskov((tx) => nominationCandidates(tx, mads, { roundId: round.id, query: '' }));
    expect(offered.map((p) => p.personId).sort()).toEqual(['1001', '1003', '1005', '1013']);
    expect((await inEgeskov((tx) => nominationCandidates(tx, mads, { roundId: round.id, query: 'GRETHE' }))).map((p) => p.personId)).toEqual(['1013']);
  });

  it('refuses, with the peers file\'s reasons, the subject, their superior, their employee and someone who leads nobody, and changes nothing', async () => {
    const round = await draft('Regler');
    await expect(nominate(mads, round.id, '1004')).rejects.toMatchObject({ kind: 'BAD_INPUT', coded: { code: 'peers.isSubject' } });
    await expect(nominate(mads, round.id, '1002')).rejects.toMatchObject({ kind: 'BAD_INPUT', coded: { code: 'peers.isSuperior', params: { peer: 'Ole Kjærgaard (1002)', subject: 'Mads Bæk (1004)' } } });
    await expect(nominate(ole, round.id, '1004')).rejects.toMatchObject({ kind: 'BAD_INPUT', coded: { code: 'peers.isEmployee' } });
    // Someone who leads nobody, or no one at all: the same refusal, naming nobody, so an id says nothing about who has it.
    await expect(nominate(mads, round.id, '1006')).rejects.toMatchObject({ kind: 'BAD_INPUT', coded: { code: 'peerNominations.notACandidate', params: {} } });
    await expect(nominate(mads, round.id, 'nobody')).rejects.toMatchObject({ kind: 'BAD_INPUT', coded: { code: 'peerNominations.notACandidate', params: {} } });
    await expect(nominate(mads, round.id, 'x1005')).rejects.toMatchObject({ kind: 'BAD_INPUT', coded: { code: 'peerNominations.notACandidate' } });
    await nominate(mads, round.id, '1003');
    await expect(nominate(mads, round.id, '1003')).rejects.toMatchObject({ kind: 'CONFLICT', coded: { code: 'peerNominations.alreadyNominated' } });
    // Only a leader bound to a person nominates, and only for themselves.
    await expect(nominate(admin, round.id, '1003')).rejects.toMatchObject({ kind: 'FORBIDDEN', coded: { code: 'peerNominations.notALeader' } });
    await expect(nominate({ ...mads, role: 'admin' }, round.id, '1003')).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    const elsewhere = await draft('Kun Hannes kæde', { kind: 'chains', leaderIds: ['1003'] });
    await expect(nominate(mads, elsewhere.id, '1005')).rejects.toMatchObject({ kind: 'FORBIDDEN', coded: { code: 'peerNominations.notInRound' } });
    expect((await list(mads)).rounds.find((r) => r.id === round.id)?.nominations.map((n) => n.peer.personId)).toEqual(['1003']);
    expect((await list(mads)).rounds.some((r) => r.id === elsewhere.id)).toBe(false);
  });

  it('lets only the superior or an admin decide, never the nominating leader; an approval makes the pair one of the round\'s own peers', async () => {
    const round = await draft('Beslutninger');
    const lise = await nominate(mads, round.id, '1005');
    const grethe = await nominate(mads, round.id, '1013');
    const birgitte = await nominate(mads, round.id, '1001');
    await expect(decide(mads, lise.id, 'approve')).rejects.toMatchObject({ kind: 'FORBIDDEN', coded: { code: 'peerNominations.notTheirSuperior', params: { subject: 'Mads Bæk (1004)' } } });
    await expect(decide(hanne, lise.id, 'approve')).rejects.toMatchObject({ kind: 'FORBIDDEN', coded: { code: 'peerNominations.notTheirSuperior' } });
    await expect(decide(analyst, lise.id, 'approve')).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    // A leader above the superior is not the direct superior either.
    await expect(decide(leader('1001'), lise.id, 'approve')).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    expect(await inEgeskov((tx) => listPeers(tx, { roundId: round.id }))).toEqual([]);

    expect(await decide(ole, lise.id, 'approve')).toEqual({ status: 'approved' });
    expect(await decide(admin, grethe.id, 'reject')).toEqual({ status: 'rejected' });
    await expect(decide(ole, lise.id, 'reject')).rejects.toMatchObject({ kind: 'CONFLICT', coded: { code: 'peerNominations.alreadyDecided' } });
    await expect(inEgeskov((tx) => withdrawNomination(tx, egeskov, mads, lise.id))).rejects.toMatchObject({ kind: 'CONFLICT', coded: { code: 'peerNominations.alreadyDecided' } });
    await expect(inEgeskov((tx) => withdrawNomination(tx, egeskov, ole, birgitte.id))).rejects.toMatchObject({ kind: 'FORBIDDEN', coded: { code: 'peerNominations.notYours' } });
    await inEgeskov((tx) => withdrawNomination(tx, egeskov, mads, birgitte.id));
    await expect(decide(ole, birgitte.id, 'approve')).rejects.toMatchObject({ kind: 'NOT_FOUND', coded: { code: 'peerNominations.notFound' } });
    // A rejected peer is not nominated again in the same round.
    await expect(nominate(mads, round.id, '1013')).rejects.toMatchObject({ kind: 'CONFLICT' });

    expect((await inEgeskov((tx) => listPeers(tx, { roundId: round.id }))).map((e) => [e.subject.personId, e.peers.map((p) => p.personId)])).toEqual([['1004', ['1005']]]);
    const record = await inEgeskov((tx) => tx.selectFrom('peer_nominations').select(['peer_id', 'status', 'nominated_by', 'decided_by']).where('round_id', '=', round.id).orderBy('peer_id').execute());
    expect(record).toEqual([
      { peer_id: '1005', status: 'approved', nominated_by: mads.userId, decided_by: ole.userId },
      { peer_id: '1013', status: 'rejected', nominated_by: mads.userId, decided_by: admin.userId },
    ]);
    expect((await list(ole)).waiting.filter((w) => w.round.id === round.id)).toEqual([]);
  });

  it('keeps a leader to the limit of pending and approved nominations per round (rejected ones do not count)', async () => {
    const round = await draft('Grænse');
    await inEgeskov((tx) => tx.insertInto('peer_nominations').values(Array.from({ length: MAX_NOMINATIONS }, (_, i) => ({
      tenant_id: egeskov, round_id: round.id, subject_id: '1004', peer_id: `filler${i}`, nominated_by: mads.userId, ...(i === 0 ? { status: 'rejected' as const, decided_at: new Date() } : {}),
    }))).execute());
    await nominate(mads, round.id, '1005');
    await expect(nominate(mads, round.id, '1013')).rejects.toMatchObject({ kind: 'BAD_INPUT', coded: { code: 'peerNominations.tooMany', params: { max: MAX_NOMINATIONS } } });
  });

  it('lets another tenant neither see, nominate into nor decide this tenant\'s round', async () => {
    const round = await draft('Egeskovs egen');
    const mine = await nominate(mads, round.id, '1005');
    await expect(as(() => other, (tx) => nominatePeer(tx, other, mads, { roundId: round.id, peerId: '1005' }))).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    await expect(as(() => other, (tx) => decideNomination(tx, other, admin, { nominationId: mine.id, decision: 'approve' }))).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    await expect(as(() => other, (tx) => withdrawNomination(tx, other, mads, mine.id))).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    expect(await as(() => other, (tx) => listNominations(tx, admin))).toEqual({ max: MAX_NOMINATIONS, decides: true, rounds: [], waiting: [], decided: [] });
    expect((await list(ole)).waiting.find((w) => w.id === mine.id)).toBeDefined();
  });

  it('launches with the approved peers and their forms, after which nominations are the record and nothing changes them', async () => {
    const round = await draft('Til lancering');
    const lise = await nominate(mads, round.id, '1005');
    const hannes = await nominate(mads, round.id, '1003');
    await decide(ole, lise.id, 'approve');
    await inEgeskov((tx) => launchRound(tx, egeskov, round.id, { snapshots: memorySnapshots(EGESKOV), linkKey: TEST_LINK_KEY }));
    const forms = await inEgeskov((tx) => tx.selectFrom('round_assignments').select(['person_id', 'subject_id']).where('round_id', '=', round.id).where('role', '=', 'peer').execute());
    expect(forms).toEqual([{ person_id: '1005', subject_id: '1004' }]);
    await expect(decide(ole, hannes.id, 'approve')).rejects.toMatchObject({ kind: 'CONFLICT', coded: { code: 'peers.roundNotDraft' } });
    await expect(nominate(mads, round.id, '1013')).rejects.toMatchObject({ kind: 'CONFLICT', coded: { code: 'peers.roundNotDraft' } });
    await expect(inEgeskov((tx) => withdrawNomination(tx, egeskov, mads, hannes.id))).rejects.toMatchObject({ kind: 'CONFLICT' });
    expect((await list(mads)).rounds.some((r) => r.id === round.id)).toBe(false);
    if (engine.name !== 'citus') {
      // The database refuses too (on Citus the statements keep the rule, as for round_peers).
      await expect(inEgeskov((tx) => tx.updateTable('peer_nominations').set({ status: 'approved', decided_at: new Date() }).where('id', '=', hannes.id).execute())).rejects.toThrow(/fixed since launch/);
    }
  });
  it('adds an approved nomination to the leader\'s standing peers instead of replacing them', async () => {
    await inEgeskov((tx) => tx.insertInto('standing_peers').values([{ tenant_id: egeskov, subject_id: '1004', peer_id: '1013' }, { tenant_id: egeskov, subject_id: '1005', peer_id: '1003' }]).execute());
    try {
      const round = await draft('Flettet');
      await decide(ole, (await nominate(mads, round.id, '1005')).id, 'approve');
      const listed = await inEgeskov((tx) => listPeers(tx, { roundId: round.id }));
      expect(listed.map((e) => [e.subject.personId, e.peers.map((p) => p.personId)])).toEqual([['1004', ['1005', '1013']]]);
      // The console's count before launch has the same three peer forms; without the round, none.
      expect((await inEgeskov((tx) => previewRoundScope(tx, { kind: 'all' }, [], round.id))).forms.peer).toBe(3);
      expect((await inEgeskov((tx) => previewRoundScope(tx, { kind: 'all' }))).forms.peer).toBe(0);
      await inEgeskov((tx) => launchRound(tx, egeskov, round.id, { snapshots: memorySnapshots(EGESKOV), linkKey: TEST_LINK_KEY }));
      const forms = await inEgeskov((tx) => tx.selectFrom('round_assignments').select(['person_id', 'subject_id']).where('round_id', '=', round.id).where('role', '=', 'peer').orderBy('subject_id').orderBy('person_id').execute());
      // Mads keeps Grethe from the standing list besides Lise; Lise, who nominated nobody, keeps her standing peer.
      expect(forms).toEqual([{ person_id: '1005', subject_id: '1004' }, { person_id: '1013', subject_id: '1004' }, { person_id: '1003', subject_id: '1005' }]);
    } finally {
      await inEgeskov((tx) => tx.deleteFrom('standing_peers').execute());
    }
  });

  it('shows a leader their own peers per round with where each comes from, by name, unit and id, and the superior their decisions; never another leader\'s peers', async () => {
    await inEgeskov((tx) => tx.insertInto('standing_peers').values([{ tenant_id: egeskov, subject_id: '1004', peer_id: '1013' }, { tenant_id: egeskov, subject_id: '1003', peer_id: '1002' }]).execute());
    await inEgeskov((tx) => tx.updateTable('people').set({ unit_name: 'Ågade Skole' }).where('person_id', '=', '1005').execute());
    try {
      const round = await draft('Oversigt');
      const inRound = async (caller: NominationCaller, roundId: string) => (await list(caller)).rounds.find((r) => r.id === roundId);
      const peersOf = async (caller: NominationCaller, roundId: string) => (await inRound(caller, roundId))?.peers.map((p) => [p.peer.personId, p.source]);
      expect(await peersOf(mads, round.id)).toEqual([['1013', 'standing']]);
      const lise = await nominate(mads, round.id, '1005');
      // A pending nomination is not a peer yet; its row names the unit and id that tell two of one name apart.
      expect(await peersOf(mads, round.id)).toEqual([['1013', 'standing']]);
      expect((await inRound(mads, round.id))?.nominations.map((n) => n.peer)).toEqual([{ personId: '1005', name: 'Sørensen; Lise', unitName: 'Ågade Skole' }]);
      expect(await inEgeskov((tx) => nominationCandidates(tx, mads, { roundId: round.id, query: 'lise' }))).toEqual([{ personId: '1005', name: 'Sørensen; Lise', unitName: 'Ågade Skole' }]);
      await decide(ole, lise.id, 'approve');
      // The approval copied the standing peer into the round's list, which still says where it came from.
      expect(await peersOf(mads, round.id)).toEqual([['1005', 'nomination'], ['1013', 'standing']]);
      const decided = (await list(ole)).decided.filter((d) => d.round.id === round.id);
      expect(decided.map((d) => [d.round.name, d.subject.personId, d.peer.personId, d.peer.unitName, d.status])).toEqual([['Oversigt', '1004', '1005', 'Ågade Skole', 'approved']]);
      expect((await list(hanne)).decided).toEqual([]);
      expect((await list(admin)).decided.filter((d) => d.round.id === round.id)).toEqual([]);

      // A round's own list (a peers file) replaces the standing list for the subjects it names.
      const filed = await draft('Med egen liste');
      await inEgeskov((tx) => tx.insertInto('round_peers').values({ tenant_id: egeskov, round_id: filed.id, subject_id: '1004', peer_id: '1003' }).execute());
      expect(await peersOf(mads, filed.id)).toEqual([['1003', 'round']]);
      // Hanne rates Mads there, but sees only her own peers (the standing list's Ole), never whom Mads has.
      expect(await peersOf(hanne, filed.id)).toEqual([['1002', 'standing']]);
      expect(JSON.stringify((await list(hanne)).rounds)).not.toContain('"1004"');
      // Ole, Mads's superior, sees his decisions, not Mads's peers.
      expect(await peersOf(ole, filed.id)).toEqual([]);
    } finally {
      await inEgeskov((tx) => tx.deleteFrom('standing_peers').execute());
      await inEgeskov((tx) => tx.updateTable('people').set({ unit_name: null }).where('person_id', '=', '1005').execute());
    }
  });

  it('takes no nominations in a round that asks no peers; its standing list does not stop its launch, and a round\'s own list can be cleared', async () => {
    await inEgeskov((tx) => tx.insertInto('standing_peers').values({ tenant_id: egeskov, subject_id: '1004', peer_id: '1013' }).execute());
    try {
      const plain = await inEgeskov((tx) => createRound(tx, egeskov, { name: 'Uden sideordnede', themes: [{ id: 'borgerorientering' }] }, themes));
      await expect(nominate(mads, plain.id, '1005')).rejects.toMatchObject({ kind: 'BAD_INPUT', coded: { code: 'peerNominations.roundAsksNoPeers' } });
      await expect(inEgeskov((tx) => nominationCandidates(tx, mads, { roundId: plain.id, query: '' }))).rejects.toMatchObject({ coded: { code: 'peerNominations.roundAsksNoPeers' } });
      expect((await list(mads)).rounds.some((r) => r.id === plain.id)).toBe(false);
      // An own list in such a round (left from when it asked peers) stops the launch until it is cleared; the clear is audited.
      await inEgeskov((tx) => tx.insertInto('round_peers').values({ tenant_id: egeskov, round_id: plain.id, subject_id: '1004', peer_id: '1005' }).execute());
      const launch = () => inEgeskov((tx) => launchRound(tx, egeskov, plain.id, { snapshots: memorySnapshots(EGESKOV), linkKey: TEST_LINK_KEY }));
      await expect(launch()).rejects.toMatchObject({ kind: 'BAD_INPUT', coded: { code: 'peers.noPeerTheme' } });
      expect(await inEgeskov((tx) => clearPeers(tx, egeskov, { roundId: plain.id }, { userId: admin.userId }))).toEqual({ pairs: 1 });
      const audit = await inEgeskov((tx) => tx.selectFrom('audit_log').select(['action', 'target']).where('action', '=', 'peers.clear').execute());
      expect(audit).toEqual([{ action: 'peers.clear', target: plain.id }]);
      await launch();
      const peerForms = await inEgeskov((tx) => tx.selectFrom('round_assignments').select('person_id').where('round_id', '=', plain.id).where('role', '=', 'peer').execute());
      expect(peerForms).toEqual([]);
      await expect(inEgeskov((tx) => clearPeers(tx, egeskov, { roundId: plain.id }, { userId: admin.userId }))).rejects.toMatchObject({ kind: 'CONFLICT', coded: { code: 'peers.roundNotDraft' } });
      // Another tenant clears nothing of this one's.
      await expect(as(() => other, (tx) => clearPeers(tx, other, { roundId: plain.id }, { userId: admin.userId }))).rejects.toMatchObject({ kind: 'NOT_FOUND' });
      expect(await as(() => other, (tx) => clearPeers(tx, other, {}, { userId: admin.userId }))).toEqual({ pairs: 0 });
      expect(await inEgeskov((tx) => tx.selectFrom('standing_peers').select('peer_id').execute())).toEqual([{ peer_id: '1013' }]);
    } finally {
      await inEgeskov((tx) => tx.deleteFrom('standing_peers').execute());
    }
  });
});
