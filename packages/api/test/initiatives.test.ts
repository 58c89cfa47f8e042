import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER, createInitiative, importResponses, renderError, sendDueInitiativeMails, tenantToday, type UserSummary } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { downloadRoutes } from '../src/downloads/report-job-download.ts';
import { issuesOf } from '../src/errors.ts';
import { closedEgeskovRound, egeskovFile, importEgeskovPeople, member } from './egeskov-round.ts';
import { apiFixture, PUBLIC_URL, type ApiFixture } from './fixture.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const NO_ID = '00000000-0000-4000-8000-000000000000';

// Egeskov: 1001 leads 1002 and 1003; 1002 leads 1004 and 1005; 1003 leads 1013. Only 1004 has five employee forms (k = 5).
describe.each(testEngines())('initiatives through the API, attacked, on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let roundId: string;
  let admin: UserSummary;
  let initiativeId: string;
  let fileId: string;
  const leaders: Record<string, UserSummary> = {};
  const cookies = new Map<string, string>();
  let signIns = 0;

  const cookieOf = async (u: UserSummary) => {
    if (!cookies.has(u.id)) {
      const response = await f.auth.handler(new Request(`${PUBLIC_URL}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: PUBLIC_URL, [CLIENT_IP_HEADER]: `192.0.2.${++signIns}` },
        body: JSON.stringify({ email: u.email, password: 'test password 123' }),
      }));
      cookies.set(u.id, (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '');
    }
    return cookies.get(u.id)!;
  };
  const download = async (u: UserSummary, file = fileId, initiative = initiativeId, tenant = tenantId) =>
    downloadRoutes(f.services).request(`/initiatives/${tenant}/${initiative}/files/${file}`, { headers: { cookie: await cookieOf(u) } });
  const codeOf = async (p: Promise<unknown>) => ((await p.catch((e: unknown) => e)) as { cause?: { coded?: { code: string } } }).cause?.coded?.code;

  beforeAll(async () => {
    f = await apiFixture(engine);
    const made = await f.tenantWithAdmin('indsatser');
    [admin, tenantId] = [made.admin, made.tenant.id];
    roundId = await closedEgeskovRound(f, admin, tenantId);
    for (const id of ['1002', '1003', '1004', '1005']) leaders[id] = await member(f, tenantId, `Leder-${id}`, 'leader', id);
  });
  afterAll(() => f?.close());

  it('starts an initiative from the borgerorientering template, aims it at a chain and mails the material once', async () => {
    const templates = await f.as(admin).initiatives.templates({ tenantId });
    const template = templates.find((t) => t.id === 'alle-saetter-borgeren-i-centrum')!;
    expect(template).toMatchObject({ themeId: 'borgerorientering', followUpMonths: 2, title: { da: 'Kan alle sætte borgeren i centrum?' } });
    expect(templates.map((t) => t.title.da)).toContain('En fælles tilgang til effektmålinger');

    const options = await f.as(admin).initiatives.aimOptions({ tenantId });
    expect(new Map(options.leaders.map((l) => [l.personId, l.level]))).toEqual(new Map([['1001', 1], ['1002', 2], ['1003', 2], ['1004', 3], ['1005', 3], ['1013', 3]]));
    expect(options.leaders.map((l) => l.level)).toEqual([1, 2, 2, 3, 3, 3]);
    expect(options.levels).toEqual([1, 2, 3]);
    expect(options.closedRounds).toEqual([{ id: roundId, name: 'Ledelsesevaluering 2026', themes: [{ id: 'borgerorientering', title: { da: 'Borgerorientering', en: 'Citizen orientation' } }] }]);
    const preview = await f.as(admin).initiatives.preview({ tenantId, target: { kind: 'chain', leaderId: '1002' } });
    expect(preview).toMatchObject({ count: 3, withoutPublished: 0 });
    const created = await f.as(admin).initiatives.create({ tenantId, initiative: {
      title: template.title.da!, description: template.description.da!, themes: ['borgerorientering'], followUpMonths: template.followUpMonths,
      links: [{ title: 'Inspirationsvideo: regnskab', url: 'https://video.example.org/regnskab' }], target: { kind: 'chain', leaderId: '1002' },
    } });
    initiativeId = created.id;
    expect(created.targeted).toBe(3);
    const today = await withTenant(f.db, tenantId, (tx) => tenantToday(tx, tenantId));
    const view = await f.as(admin).initiatives.get({ tenantId, initiativeId });
    expect(view.followUpOn > today).toBe(true);
    expect(view.participants!.map((p) => p.personId).sort()).toEqual(['1002', '1004', '1005']);
    expect(f.inbox('mab@egeskov.dk').map((m) => m.subject)).toEqual(['Ny indsats: Kan alle sætte borgeren i centrum?']);
    expect(f.inbox('hoe@egeskov.dk')).toEqual([]);
    // A second pass (a retry, another server) sends nothing more.
    expect(await sendDueInitiativeMails(f.db, tenantId, f.services.mailer, PUBLIC_URL)).toBe(0);
    expect(f.inbox('mab@egeskov.dk')).toHaveLength(1);
  });

  it('mails nothing for an initiative whose transaction rolls back: the mail goes only once the change has committed', async () => {
    const before = f.inbox('hoe@egeskov.dk').length;
    await expect(withTenant(f.db, tenantId, async (tx) => {
      await createInitiative(tx, tenantId, { userId: admin.id, role: 'admin', personId: null }, { title: 'Fortrudt', description: '', followUpMonths: 2, target: { kind: 'chain', leaderId: '1003' } }, { mailer: f.services.mailer, publicUrl: PUBLIC_URL, knownThemes: [] });
      throw new Error('the request failed after the insert');
    })).rejects.toThrow('the request failed after the insert');
    expect(f.inbox('hoe@egeskov.dk')).toHaveLength(before);
    expect(await withTenant(f.db, tenantId, (tx) => tx.selectFrom('initiatives').select('id').where('title', '=', 'Fortrudt').execute())).toEqual([]);
  });

  it('takes only http and https links, with a coded reason in Danish', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/x', '//example.org']) {
      const error = await f.as(admin).initiatives.create({ tenantId, initiative: { title: 'X', description: '', followUpMonths: 1, links: [{ title: 'x', url }], target: { kind: 'all' } } }).catch((e: unknown) => e) as { code: string; cause: unknown };
      expect(error.code).toBe('BAD_REQUEST');
      const issue = issuesOf(error.cause)[0]!;
      expect(issue.path).toBe('initiative.links.0.url');
      expect(issue.code, url).toBe('initiatives.linkNotWeb');
      expect(renderError('initiatives.linkNotWeb', issue.params as { url: string }, 'da')).toMatch(/skal være en webadresse, der begynder med http/);
    }
  });

  it('refuses files built to hurt: HTML or SVG with script, a wrong type behind a name, too large; keeps a real PDF', async () => {
    const add = (fileName: string, bytes: Uint8Array | string) => codeOf(f.as(admin).initiatives.addFile({ tenantId, initiativeId, fileName, contentBase64: b64(bytes) }));
    expect(await add('materiale.html', '<html><script>alert(1)</script></html>')).toBe('initiatives.fileTypeRefused');
    expect(await add('materiale.pdf', '<html><script>alert(1)</script></html>')).toBe('initiatives.fileTypeRefused');
    expect(await add('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')).toBe('initiatives.fileTypeRefused');
    expect(await add('noter.txt', '  <svg onload="alert(1)"></svg>')).toBe('initiatives.fileTypeRefused');
    expect(await add('billede.png', PDF)).toBe('initiatives.fileTypeRefused');
    expect(await add('tom.pdf', '')).toBe('initiatives.fileEmpty');
    expect(await add('stor.pdf', Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]))).toBe('initiatives.fileTooLarge');
    const file = await f.as(admin).initiatives.addFile({ tenantId, initiativeId, fileName: '../../Diskussionsmateriale.pdf', contentBase64: b64(PDF) });
    expect(file).toMatchObject({ fileName: 'Diskussionsmateriale.pdf', contentType: 'application/pdf', size: PDF.length });
    fileId = file.id;
  });

  it('serves a file only to its admins and leaders, as a download that cannot run script', async () => {
    const ok = await download(leaders['1004']!);
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(PDF);
    expect(ok.headers.get('content-type')).toBe('application/pdf');
    expect(ok.headers.get('content-disposition')).toMatch(/^attachment; filename="Diskussionsmateriale.pdf"/);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(ok.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect((await download(admin)).status).toBe(200);
    // 1003 leads another chain: the initiative is not aimed at him.
    const refused = await download(leaders['1003']!);
    expect(refused.status).toBe(404);
    // Said as the console says it: in Danish, with its code, never the English for logs.
    expect(await refused.json()).toEqual({ error: 'NOT_FOUND', code: 'initiatives.notFound', message: 'Indsatsen findes ikke, eller den er ikke rettet mod dig.' });
    const signedOut = await downloadRoutes(f.services).request(`/initiatives/${tenantId}/${initiativeId}/files/${fileId}`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toMatchObject({ code: 'download.signInFirst', message: 'Sign in to Spejl first, then open the link again.' });
    expect((await download(leaders['1004']!, NO_ID)).status).toBe(404);
    expect((await download(leaders['1004']!, fileId, NO_ID)).status).toBe(404);
    const other = await f.tenantWithAdmin('fremmed');
    expect((await download(other.admin)).status).toBe(404);
    expect((await download(other.admin, fileId, initiativeId, other.tenant.id)).status).toBe(404);
  });

  it('shows the initiative to the leaders it is aimed at and to nobody else, recording who opened it', async () => {
    const ole = leaders['1004']!;
    expect((await f.as(ole).initiatives.mine({ tenantId })).map((i) => [i.title, i.opened])).toEqual([['Kan alle sætte borgeren i centrum?', false]]);
    const view = await f.as(ole).initiatives.get({ tenantId, initiativeId });
    expect(view).toMatchObject({ participants: null, target: null, links: [{ url: 'https://video.example.org/regnskab' }], files: [{ fileName: 'Diskussionsmateriale.pdf' }] });
    expect((await f.as(ole).initiatives.mine({ tenantId }))[0]!.opened).toBe(true);
    expect(await f.as(leaders['1003']!).initiatives.mine({ tenantId })).toEqual([]);
    expect(await codeOf(f.as(leaders['1003']!).initiatives.get({ tenantId, initiativeId }))).toBe('initiatives.notFound');
    expect(await codeOf(f.as(ole).initiatives.get({ tenantId, initiativeId: NO_ID }))).toBe('initiatives.notFound');
    // A leader cannot use the admin's procedures to read the answers or the aim.
    await expect(f.as(ole).initiatives.list({ tenantId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(ole).initiatives.preview({ tenantId, target: { kind: 'all' } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const other = await f.tenantWithAdmin('fremmed2');
    await expect(f.as(other.admin).initiatives.get({ tenantId, initiativeId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.as(other.admin).initiatives.get({ tenantId: other.tenant.id, initiativeId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.as(other.admin).initiatives.setFollowUpDay({ tenantId: other.tenant.id, initiativeId, followUpOn: '2099-01-01' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('opens the follow-up on its day, mails it once, and takes each leader\'s own answer only', async () => {
    const ole = leaders['1004']!;
    const answer = { did: 'Vi så videoen på personalemødet.', worked: 'Snakken om regnskabets borgere.', wish: 'Flere eksempler fra staben.' };
    expect(await codeOf(f.as(ole).initiatives.answer({ tenantId, initiativeId, answer }))).toBe('initiatives.followUpNotYet');
    const today = await withTenant(f.db, tenantId, (tx) => tenantToday(tx, tenantId));
    expect(await codeOf(f.as(admin).initiatives.setFollowUpDay({ tenantId, initiativeId, followUpOn: '2020-01-01' }))).toBe('initiatives.followUpInPast');
    // Moved to today, the follow-up goes out at once; the worker's passes then find nothing left to send.
    expect(await f.as(admin).initiatives.setFollowUpDay({ tenantId, initiativeId, followUpOn: today })).toEqual({ followUpOn: today, mailed: 3 });
    const pass = () => sendDueInitiativeMails(f.db, tenantId, f.services.mailer, PUBLIC_URL);
    expect(await pass()).toBe(0);
    // An initiative whose day comes by itself is mailed by the worker, once.
    const other = await f.as(admin).initiatives.create({ tenantId, initiative: { title: 'Effektmålinger', description: '', followUpMonths: 3, target: { kind: 'chain', leaderId: '1003' } } });
    await withTenant(f.db, tenantId, (tx) => tx.updateTable('initiatives').set({ follow_up_on: today }).where('id', '=', other.id).execute());
    expect(await pass()).toBe(2);
    expect(await pass()).toBe(0);
    expect(f.inbox('hoe@egeskov.dk').map((m) => m.subject)).toEqual(['Ny indsats: Effektmålinger', 'Opfølgning på indsatsen: Effektmålinger']);
    expect(f.inbox('mab@egeskov.dk').map((m) => m.subject)).toEqual(['Ny indsats: Kan alle sætte borgeren i centrum?', 'Opfølgning på indsatsen: Kan alle sætte borgeren i centrum?']);

    expect(await codeOf(f.as(ole).initiatives.answer({ tenantId, initiativeId, answer: { did: ' ', worked: '', wish: '' } }))).toBe('initiatives.answerEmpty');
    // Naming another leader is refused, not read as the caller's own answer.
    await expect(f.as(ole).initiatives.answer({ tenantId, initiativeId, answer, personId: '1005' } as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(f.as(leaders['1003']!).initiatives.answer({ tenantId, initiativeId, answer })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.as(admin).initiatives.answer({ tenantId, initiativeId, answer })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await f.as(ole).initiatives.answer({ tenantId, initiativeId, answer });
    // Lise answers her own; Mads' answer stays his.
    await f.as(leaders['1005']!).initiatives.answer({ tenantId, initiativeId, answer: { did: 'Intet endnu.', worked: '', wish: '' } });

    const page = await f.as(admin).initiatives.get({ tenantId, initiativeId });
    const byId = new Map(page.participants!.map((p) => [p.personId, p]));
    expect(byId.get('1004')).toMatchObject({ name: 'Mads Bæk', opened: true, followUpMailed: true, answer: answer });
    expect(byId.get('1005')!.answer!.did).toBe('Intet endnu.');
    expect(byId.get('1002')).toMatchObject({ opened: false, answer: null });
    expect((await f.as(admin).initiatives.list({ tenantId })).find((i) => i.id === initiativeId)).toMatchObject({ targeted: 3, opened: 2, answered: 2 });
  });

  it('aims "below a value" only at published means: a withheld mean can be neither selected nor learnt by stepping the value', async () => {
    const aim = (value: number, tenant = tenantId, round = roundId, who = admin) => f.as(who).initiatives.preview({ tenantId: tenant, target: { kind: 'below', roundId: round, themeId: 'borgerorientering', value } });
    // A second organisation, the same but for the answers about 1005, whose mean k = 5 withholds (two forms).
    const twin = await f.tenantWithAdmin('tvilling');
    const twinId = twin.tenant.id;
    await importEgeskovPeople(f, twinId);
    const twinRound = (await f.as(twin.admin).rounds.create({ tenantId: twinId, settings: { name: 'Ledelsesevaluering 2026', themes: [{ id: 'borgerorientering' }] } })).id;
    await f.as(twin.admin).rounds.launch({ tenantId: twinId, roundId: twinRound });
    await f.as(twin.admin).rounds.close({ tenantId: twinId, roundId: twinRound });
    const responses = Buffer.from(egeskovFile('egeskov-responses.csv')).toString('utf8').replace(/^1005,employee,.*$/gm, '1005,employee,1,1,1,1');
    await withTenant(f.db, twinId, (tx) => importResponses(tx, twinId, twinRound, new Uint8Array(Buffer.from(responses)), 'responses.csv'));
    const all = await aim(5.01);
    expect(all.leaders.map((l) => l.personId)).toEqual(['1004']);
    expect(all.withoutPublished).toBe(5);
    for (let step = 100; step <= 501; step += 7) {
      const value = step / 100;
      const here = await aim(value);
      const there = await aim(value, twin.tenant.id, twinRound, twin.admin);
      expect(here.leaders.map((l) => l.personId)).not.toContain('1005');
      expect(here.withoutPublished).toBe(5);
      expect([there.count, there.withoutPublished, there.leaders.map((l) => l.personId)], `value ${value}`).toEqual([here.count, here.withoutPublished, here.leaders.map((l) => l.personId)]);
    }
    expect(await codeOf(f.as(admin).initiatives.create({ tenantId, initiative: { title: 'Lav score', description: '', followUpMonths: 3, target: { kind: 'below', roundId, themeId: 'borgerorientering', value: 1 } } }))).toBe('initiatives.noLeaders');
    expect(await codeOf(aim(3, tenantId, NO_ID))).toBe('round.notFound');
    expect(await codeOf(f.as(admin).initiatives.preview({ tenantId, target: { kind: 'below', roundId, themeId: 'samarbejde', value: 3 } }))).toBe('initiatives.themeNotInRound');
    // Another tenant's admin cannot aim with this tenant's round.
    expect(await codeOf(aim(5.01, twin.tenant.id, roundId, twin.admin))).toBe('round.notFound');
  });
});
