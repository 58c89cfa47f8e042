import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { claimJob, CLIENT_IP_HEADER, runReportJobs, startReportWorker, JOB_LEASE_MS, type PeriodicWorker, type UserSummary } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { reports as plugins } from '@spejl/plugin-registry';
import type { ReportDocument } from '@spejl/plugin-sdk';
import { renderPdf } from '@spejl/report-render';
import { downloadRoutes } from '../src/downloads/report-job-download.ts';
import { closedEgeskovRound, member } from './egeskov-round.ts';
import { apiFixture, PUBLIC_URL, type ApiFixture } from './fixture.ts';

const ROUND = 'Ledelsesevaluering 2026';
const NO_JOB = '00000000-0000-4000-8000-000000000000';

/** A renderer that counts how often each leader's report (by its title) was rendered. */
function countingRenderer() {
  const counts = new Map<string, number>();
  const render = async (document: ReportDocument) => {
    counts.set(document.title, (counts.get(document.title) ?? 0) + 1);
    return renderPdf(document);
  };
  return { counts, render };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe.each(testEngines())('bulk PDF jobs on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let roundId: string;
  let strangerTenant: string;
  const users: Record<string, UserSummary> = {};
  const cookies = new Map<string, string>();
  let signIns = 0;

  const cookieOf = async (who: string) => {
    if (!cookies.has(who)) {
      const response = await f.auth.handler(new Request(`${PUBLIC_URL}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: PUBLIC_URL, [CLIENT_IP_HEADER]: `192.0.2.${++signIns}` },
        body: JSON.stringify({ email: users[who]!.email, password: 'test password 123' }),
      }));
      cookies.set(who, (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '');
    }
    return cookies.get(who)!;
  };
  const download = async (who: string | null, jobId: string, tenant = tenantId) =>
    downloadRoutes(f.services).request(`/report-jobs/${tenant}/${jobId}/download`, { headers: who ? { cookie: await cookieOf(who) } : {} });
  const start = (who: string) => f.as(users[who]!).reports.startBulkPdf({ tenantId, roundId });
  const status = (who: string, jobId: string) => f.as(users[who]!).reports.bulkPdfStatus({ tenantId, jobId });
  const zipOf = async (who: string, jobId: string) => unzipSync(new Uint8Array(await (await download(who, jobId)).arrayBuffer()));
  const jobRow = (jobId: string) => withTenant(f.db, tenantId, (tx) => tx.selectFrom('report_jobs').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow());
  const until = async (worker: PeriodicWorker, jobId: string) => {
    await expect.poll(async () => (await jobRow(jobId)).status, { timeout: 30_000, interval: 100 }).toMatch(/done|failed/);
    await worker.stop();
  };

  beforeAll(async () => {
    f = await apiFixture(engine);
    const made = await f.tenantWithAdmin('egeskov');
    tenantId = made.tenant.id;
    users.admin = made.admin;
    users.analyst = await member(f, tenantId, 'Analyst', 'analyst', null);
    users.ole = await member(f, tenantId, 'Ole', 'leader', '1002');
    users.mads = await member(f, tenantId, 'Mads', 'leader', '1004');
    users.grethe = await member(f, tenantId, 'Grethe', 'leader', '1013');
    const other = await f.tenantWithAdmin('naboby');
    users.stranger = other.admin;
    strangerTenant = other.tenant.id;
    roundId = await closedEgeskovRound(f, users.admin, tenantId);
  }, 60_000);
  afterAll(() => f?.close());

  it('resumes after a stop without rendering a leader twice, and zips one PDF per leader', async () => {
    const job = await start('admin');
    expect(job).toMatchObject({ status: 'queued', done: 0, total: 6 });
    expect((await start('admin')).jobId, 'a second start returns the job already queued').toBe(job.jobId);

    const first = countingRenderer();
    let stopping: Promise<void> | undefined;
    const worker: PeriodicWorker = startReportWorker(f.db, {
      plugins, intervalMs: 60_000,
      render: async (document) => {
        const bytes = await first.render(document);
        if (first.counts.size === 3) stopping = worker.stop();
        return bytes;
      },
    });
    await expect.poll(() => stopping !== undefined, { timeout: 30_000 }).toBe(true);
    await stopping;
    expect(await status('admin', job.jobId)).toMatchObject({ status: 'queued', done: 3, total: 6 });

    const second = countingRenderer();
    await until(startReportWorker(f.db, { plugins, intervalMs: 60_000, render: second.render }), job.jobId);
    expect(await status('admin', job.jobId)).toMatchObject({ status: 'done', done: 6, total: 6, error: null });
    const rendered = [...first.counts.entries(), ...second.counts.entries()];
    expect(rendered.map(([title]) => title).sort()).toEqual(['Birgitte Ravn', 'Grethe Bach', 'Hanne Østergård', 'Mads Bæk', 'Ole Kjærgaard', 'Sørensen; Lise']);
    expect(rendered.every(([, n]) => n === 1)).toBe(true);

    const response = await download('admin', job.jobId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(`${ROUND} – lederrapporter.zip`)}`);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['Birgitte Ravn', 'Grethe Bach', 'Hanne Østergård', 'Mads Bæk', 'Ole Kjærgaard', 'Sørensen Lise'].map((n) => `${n} – ${ROUND}.pdf`));
    expect(await pdfText(files[`Hanne Østergård – ${ROUND}.pdf`]!)).toContain('Hanne Østergård');
    const audit = await f.as(users.admin!).tenant.audit({ tenantId, limit: 5 });
    expect(audit.map((a) => [a.action, a.target])).toContainEqual(['report.bulk-pdf.download', job.jobId]);
  });

  it('answers everyone but the user who started the job as if it did not exist', async () => {
    const [job] = await f.as(users.admin!).reports.bulkPdfJobs({ tenantId, roundId });
    expect(job?.status).toBe('done');
    const missing = await download('admin', NO_JOB);
    expect(missing.status).toBe(404);
    const answer = (await missing.text()).replace(NO_JOB, job!.jobId);
    const attempts = [['analyst', tenantId], ['mads', tenantId], ['stranger', tenantId], ['stranger', strangerTenant]] as const;
    for (const [who, tenant] of attempts) {
      const response = await download(who, job!.jobId, tenant);
      expect(response.status, `${who} downloading in ${tenant}`).toBe(404);
      expect(await response.text()).toBe(answer);
    }
    for (const who of ['analyst', 'mads', 'stranger']) await expect(status(who, job!.jobId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await f.as(users.analyst!).reports.bulkPdfJobs({ tenantId, roundId })).toEqual([]);
    expect((await download(null, job!.jobId)).status).toBe(401);
  });

  it("puts in a leader's job only the reports they may read", async () => {
    const job = await start('ole');
    expect(job.total).toBe(3);
    await runReportJobs(f.db, { plugins });
    expect(await status('ole', job.jobId)).toMatchObject({ status: 'done', done: 3, total: 3 });
    expect(Object.keys(await zipOf('ole', job.jobId)).sort()).toEqual(['Mads Bæk', 'Ole Kjærgaard', 'Sørensen Lise'].map((n) => `${n} – ${ROUND}.pdf`));
    const own = await start('mads');
    await runReportJobs(f.db, { plugins });
    expect(Object.keys(await zipOf('mads', own.jobId))).toEqual([`Mads Bæk – ${ROUND}.pdf`]);
  });

  it('lets two workers at once never render the same leader of a job', async () => {
    const jobs = [await start('admin'), await start('analyst')];
    const a = countingRenderer();
    const b = countingRenderer();
    await Promise.all([runReportJobs(f.db, { plugins, render: a.render }), runReportJobs(f.db, { plugins, render: b.render })]);
    for (const job of jobs) expect(await jobRow(job.jobId)).toMatchObject({ status: 'done', done: 6, total: 6 });
    // Twelve renders for two jobs of six leaders, each job complete: no leader of a job was rendered twice.
    const renders = [...a.counts.values(), ...b.counts.values()].reduce((s, n) => s + n, 0);
    expect(renders).toBe(12);
  });

  it("takes over a job whose worker died only once its lease has run out", async () => {
    const job = await start('grethe');
    expect(await withTenant(f.db, tenantId, (tx) => claimJob(tx, new Date()))).toMatchObject({ id: job.jobId });
    const renderer = countingRenderer();
    expect(await runReportJobs(f.db, { plugins, render: renderer.render })).toBe(0);
    const later = () => new Date(Date.now() + JOB_LEASE_MS + 1000);
    expect(await runReportJobs(f.db, { plugins, render: renderer.render, now: later })).toBe(1);
    expect(await status('grethe', job.jobId)).toMatchObject({ status: 'done', done: 1, total: 1 });
    expect([...renderer.counts]).toEqual([['Grethe Bach', 1]]);
  });

  it("plans again when the user's role or person changes while the job runs, storing only what they may read now", async () => {
    const birgitte = await member(f, tenantId, 'Birgitte', 'leader', '1001');
    users.birgitte = birgitte;
    const job = await start('birgitte');
    expect(job.total).toBe(3);
    const renderer = countingRenderer();
    const render = async (document: ReportDocument) => {
      if (renderer.counts.size === 0) await withTenant(f.db, tenantId, (tx) => tx.updateTable('memberships').set({ person_id: '1013' }).where('user_id', '=', birgitte.id).execute());
      return renderer.render(document);
    };
    await runReportJobs(f.db, { plugins, render });
    expect(await status('birgitte', job.jobId)).toMatchObject({ status: 'done', done: 1, total: 1 });
    expect(Object.keys(await zipOf('birgitte', job.jobId))).toEqual([`Grethe Bach – ${ROUND}.pdf`]);
  });

  it('fails the job with a clear message when its user has lost access, and deletes finished jobs after seven days', async () => {
    const job = await start('mads');
    await withTenant(f.db, tenantId, (tx) => tx.deleteFrom('memberships').where('user_id', '=', users.mads!.id).execute());
    await runReportJobs(f.db, { plugins });
    expect(await jobRow(job.jobId)).toMatchObject({ status: 'failed', error: 'The job stopped: the account that started it is no longer a member of this organisation.' });

    const [latest] = await f.as(users.ole!).reports.bulkPdfJobs({ tenantId, roundId });
    expect((await download('ole', latest!.jobId)).status).toBe(200);
    await withTenant(f.db, tenantId, (tx) => tx.updateTable('report_jobs').set({ finished_at: new Date(Date.now() - 8 * 86_400_000) }).where('id', '=', latest!.jobId).execute());
    await runReportJobs(f.db, { plugins });
    expect((await download('ole', latest!.jobId)).status).toBe(404);
    const left = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('report_job_files').select('leader_id').where('job_id', '=', latest!.jobId).execute());
    expect(left).toEqual([]);
  });

  it('renders several leaders at once and stores each once; a stop stores what was rendering and the next run renders only the rest', async () => {
    const job = await start('analyst');
    const first = countingRenderer();
    const stopping = new AbortController();
    const rendering: string[] = [];
    const render = async (document: ReportDocument) => {
      rendering.push(document.title);
      if (rendering.length === 2) stopping.abort();
      return first.render(document);
    };
    await runReportJobs(f.db, { plugins, render, inFlight: 3 }, stopping.signal);
    const stored = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('report_job_files').select('leader_id').where('job_id', '=', job.jobId).execute());
    expect(await status('analyst', job.jobId)).toMatchObject({ status: 'queued', done: stored.length, total: 6 });
    expect(stored.length, 'what was rendering when the stop came is stored').toBe(rendering.length);

    const second = countingRenderer();
    await runReportJobs(f.db, { plugins, render: second.render, inFlight: 3 });
    expect(await status('analyst', job.jobId)).toMatchObject({ status: 'done', done: 6, total: 6 });
    expect([...first.counts.keys(), ...second.counts.keys()].sort()).toEqual(['Birgitte Ravn', 'Grethe Bach', 'Hanne Østergård', 'Mads Bæk', 'Ole Kjærgaard', 'Sørensen; Lise']);
    expect([...first.counts.values(), ...second.counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('fails a job whose PDF thread dies on a leader with a reason its owner can read, keeps nothing of it, and goes on with the next job', async () => {
    const job = await start('analyst');
    const render = async (document: ReportDocument) => {
      if (document.title === 'Grethe Bach') throw new Error('a PDF thread stopped twice on the same report (worker exited with code: 134)');
      return renderPdf(document);
    };
    expect(await runReportJobs(f.db, { plugins, render, inFlight: 3 })).toBe(1);
    expect(await jobRow(job.jobId)).toMatchObject({ status: 'failed', error: 'The job stopped: the PDFs could not be made (a PDF thread stopped twice on the same report (worker exited with code: 134)).' });
    const left = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('report_job_files').select('leader_id').where('job_id', '=', job.jobId).execute());
    expect(left).toEqual([]);
    const next = await start('analyst');
    await runReportJobs(f.db, { plugins });
    expect(await status('analyst', next.jobId)).toMatchObject({ status: 'done', done: 6, total: 6 });
  });

  it('checks the reader again at every download: a demoted admin gets only what they may read now, a removed one nothing', async () => {
    const former = await member(f, tenantId, 'Former', 'admin', null);
    users.former = former;
    const job = await start('former');
    await runReportJobs(f.db, { plugins });
    expect(Object.keys(await zipOf('former', job.jobId))).toHaveLength(6);
    const setMembership = (values: { role?: 'admin' | 'leader'; person_id?: string | null }) =>
      withTenant(f.db, tenantId, (tx) => tx.updateTable('memberships').set(values).where('user_id', '=', former.id).execute());
    const refused = await download('admin', NO_JOB);
    const asMissing = async (response: Response) => {
      expect(response.status).toBe(404);
      expect(await response.text()).toBe((await refused.clone().text()).replace(NO_JOB, job.jobId));
    };

    await setMembership({ role: 'leader' });
    await asMissing(await download('former', job.jobId));
    await setMembership({ person_id: '1002' });
    const ole = ['Mads Bæk', 'Ole Kjærgaard', 'Sørensen Lise'].map((n) => `${n} – ${ROUND}.pdf`);
    expect(Object.keys(await zipOf('former', job.jobId)).sort()).toEqual(ole);
    const { revision } = await f.as(users.admin!).reports.settings({ tenantId });
    const narrowed = await f.as(users.admin!).reports.saveSettings({ tenantId, expectedRevision: revision, superiorReadsReports: false, reports: {} });
    expect(Object.keys(await zipOf('former', job.jobId))).toEqual([`Ole Kjærgaard – ${ROUND}.pdf`]);
    await f.as(users.admin!).reports.saveSettings({ tenantId, expectedRevision: narrowed.revision, superiorReadsReports: true, reports: {} });

    // A download under way stops at the next file once the role is gone.
    const underway = await download('former', job.jobId);
    expect(underway.status).toBe(200);
    await setMembership({ person_id: '1013' });
    await expect(underway.arrayBuffer()).rejects.toThrow();

    await withTenant(f.db, tenantId, (tx) => tx.deleteFrom('memberships').where('user_id', '=', former.id).execute());
    await asMissing(await download('former', job.jobId));
    const audit = await f.as(users.admin!).tenant.audit({ tenantId, limit: 20 });
    expect(audit.find((a) => a.action === 'report.bulk-pdf.download' && a.target === job.jobId)?.details).toMatchObject({ files: 3, withheld: 3 });
  });
});
