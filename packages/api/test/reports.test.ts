import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { importResponses, type UserSummary } from '@spejl/core';
import { withTenant, type MemberRole } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import type { ReportBlock, ReportDocument } from '@spejl/plugin-sdk';
import { closedEgeskovRound as closedRound, egeskovFile, member as memberOf } from './egeskov-round.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';

const blocks = (d: { blocks: readonly ReportBlock[] }): ReportBlock[] => d.blocks.flatMap((b) => (b.type === 'section' ? [b, ...blocks(b)] : [b]));

describe.each(testEngines())('who reads which report, on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let roundId: string;
  const users: Record<string, UserSummary> = {};

  const member = (name: string, role: MemberRole, personId: string | null) => memberOf(f, tenantId, name, role, personId);
  const as = (who: string) => f.as(who === 'operator' ? f.operator : users[who]!);
  const leaderReport = (who: string, leaderId: string) => as(who).reports.document({ tenantId, roundId, reportId: 'leader', leaderId });

  const closedEgeskovRound = (admin: UserSummary, id: string, beforeClose?: () => Promise<void>) => closedRound(f, admin, id, beforeClose);

  beforeAll(async () => {
    f = await apiFixture(engine);
    const made = await f.tenantWithAdmin('egeskov');
    tenantId = made.tenant.id;
    users.admin = made.admin;
    users.analyst = await member('Analyst', 'analyst', null);
    users.ole = await member('Ole', 'leader', '1002');
    users.mads = await member('Mads', 'leader', '1004');
    users.unlinked = await member('Unlinked', 'leader', null);
    const other = await f.tenantWithAdmin('naboby');
    users.stranger = other.admin;
    roundId = await closedEgeskovRound(users.admin, tenantId, async () => {
      // Saved before the close, so the round pins it.
      await as('admin').reports.saveSettings({ tenantId, expectedRevision: null, superiorReadsReports: true, reports: { leader: { enabled: true, options: { showDistribution: false } } } });
    });
  });
  afterAll(() => f?.close());

  it('lets admins, analysts and operators read every leader, chain and organisation report', async () => {
    for (const who of ['admin', 'analyst', 'operator']) {
      expect((await leaderReport(who, '1005')).title).toBe('Sørensen; Lise');
      expect((await as(who).reports.document({ tenantId, roundId, reportId: 'chain', leaderId: '1002' })).title).toBe('Ole Kjærgaard');
      expect((await as(who).reports.document({ tenantId, roundId, reportId: 'tenant' })).title).toBe('Tenant egeskov');
      expect((await as(who).reports.results({ tenantId, roundId })).leaders).toHaveLength(6);
    }
  });

  it('reports only on the leaders a round evaluated: a chain round lists its chain, and whoever leads it for the chain report', async () => {
    const round = await as('admin').rounds.create({ tenantId, settings: { name: 'Kun 1002s kæde', themes: [{ id: 'borgerorientering' }], scope: { kind: 'chains', leaderIds: ['1002'] } } });
    await as('admin').rounds.launch({ tenantId, roundId: round.id });
    const rows = new TextDecoder().decode(egeskovFile('egeskov-responses.csv')).split('\n');
    const inChain = [rows[0], ...rows.slice(1).filter((r) => /^(1002|1004|1005),/.test(r))].join('\n');
    await as('admin').rounds.close({ tenantId, roundId: round.id });
    await withTenant(f.db, tenantId, (tx) => importResponses(tx, tenantId, round.id, new TextEncoder().encode(inChain), 'responses.csv'));
    const index = await as('admin').reports.results({ tenantId, roundId: round.id });
    expect(index.leaders.map((l) => [l.personId, l.evaluated])).toEqual([['1001', false], ['1002', true], ['1004', true], ['1005', true]]);
    await expect(as('admin').reports.document({ tenantId, roundId: round.id, reportId: 'leader', leaderId: '1003' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/was not evaluated/) });
    await expect(as('admin').reports.document({ tenantId, roundId: round.id, reportId: 'leader', leaderId: '1001' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(as('admin').reports.document({ tenantId, roundId: round.id, reportId: 'chain', leaderId: '1003' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await as('admin').reports.document({ tenantId, roundId: round.id, reportId: 'chain', leaderId: '1001' })).blocks.length).toBeGreaterThan(0);
    expect((await leaderReport('mads', '1004')).title).toBe('Mads Bæk');
  });

  it('lets a leader read their own reports and nobody else’s', async () => {
    expect((await leaderReport('mads', '1004')).title).toBe('Mads Bæk');
    expect((await as('mads').reports.document({ tenantId, roundId, reportId: 'chain', leaderId: '1004' })).title).toBe('Mads Bæk');
    await expect(leaderReport('mads', '1005')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(leaderReport('mads', '1002')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as('mads').reports.document({ tenantId, roundId, reportId: 'tenant' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as('mads').reports.rollupExport({ tenantId, roundId, format: 'csv' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const index = await as('mads').reports.results({ tenantId, roundId });
    expect(index.leaders.map((l) => l.personId)).toEqual(['1004']);
    expect(index.organisationOverview).toBe(false);
    expect(index.reports.map((r) => r.id)).not.toContain('tenant');
  });

  it("lets a superior read their direct reports' reports while the tenant allows it, and only theirs", async () => {
    expect((await leaderReport('ole', '1004')).title).toBe('Mads Bæk');
    expect((await leaderReport('ole', '1005')).title).toBe('Sørensen; Lise');
    await expect(leaderReport('ole', '1001')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(leaderReport('ole', '1013')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await as('ole').reports.results({ tenantId, roundId })).leaders.map((l) => l.personId)).toEqual(['1002', '1004', '1005']);

    const { revision } = await as('admin').reports.settings({ tenantId });
    await as('admin').reports.saveSettings({ tenantId, expectedRevision: revision, superiorReadsReports: false, reports: {} });
    await expect(leaderReport('ole', '1004')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await leaderReport('ole', '1002')).title).toBe('Ole Kjærgaard');
    const again = await as('admin').reports.settings({ tenantId });
    await as('admin').reports.saveSettings({ tenantId, expectedRevision: again.revision, superiorReadsReports: true, reports: {} });
  });

  it("lists a leader's own reports per closed round, and their direct reports' while the tenant allows it", async () => {
    const { bound, rounds } = await as('mads').reports.mine({ tenantId });
    const mine = rounds.find((r) => r.roundId === roundId);
    expect(bound).toBe(true);
    expect(mine).toMatchObject({ roundId, name: 'Ledelsesevaluering 2026', own: { personId: '1004', name: 'Mads Bæk' }, directReports: [] });
    expect(mine!.reports.map((r) => r.id)).toEqual(expect.arrayContaining(['leader', 'chain']));
    expect(mine!.reports.map((r) => r.id)).not.toContain('tenant');
    const oles = (await as('ole').reports.mine({ tenantId })).rounds.find((r) => r.roundId === roundId);
    expect(oles!.own?.personId).toBe('1002');
    expect(oles!.directReports.map((l) => l.personId)).toEqual(['1004', '1005']);

    const { revision } = await as('admin').reports.settings({ tenantId });
    await as('admin').reports.saveSettings({ tenantId, expectedRevision: revision, superiorReadsReports: false, reports: {} });
    expect((await as('ole').reports.mine({ tenantId })).rounds.find((r) => r.roundId === roundId)!.directReports).toEqual([]);
    const again = await as('admin').reports.settings({ tenantId });
    await as('admin').reports.saveSettings({ tenantId, expectedRevision: again.revision, superiorReadsReports: true, reports: {} });

    expect(await as('unlinked').reports.mine({ tenantId })).toEqual({ bound: false, rounds: [] });
    await expect(as('admin').reports.mine({ tenantId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('gives a leader member without a person in the hierarchy no reports at all', async () => {
    await expect(leaderReport('unlinked', '1004')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await as('unlinked').reports.results({ tenantId, roundId })).leaders).toEqual([]);
  });

  it("refuses members of another tenant as if the round did not exist", async () => {
    await expect(leaderReport('stranger', '1004')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('uses the options pinned when the round closed, not those saved since', async () => {
    const hasDistribution = (d: ReportDocument) => blocks(d).some((b) => b.type === 'distribution');
    expect(hasDistribution(await leaderReport('admin', '1004'))).toBe(false);
    const { revision } = await as('admin').reports.settings({ tenantId });
    await as('admin').reports.saveSettings({ tenantId, expectedRevision: revision, superiorReadsReports: true, reports: { leader: { enabled: true, options: { showDistribution: true } } } });
    expect(hasDistribution(await leaderReport('admin', '1004'))).toBe(false);
    const preview = await as('admin').reports.preview({ tenantId, reportId: 'leader', options: { showDistribution: true } });
    expect(hasDistribution(preview)).toBe(true);
  });

  it('refuses options a plugin does not accept, naming the option, and lets only admins save', async () => {
    const { revision } = await as('admin').reports.settings({ tenantId });
    const bad = { tenantId, expectedRevision: revision, superiorReadsReports: true, reports: { chain: { enabled: true, options: { maxDepth: 99 } } } };
    await expect(as('admin').reports.saveSettings(bad)).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { issues: [expect.objectContaining({ path: 'reports.chain.options.maxDepth' })] } });
    await expect(as('analyst').reports.saveSettings(bad)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as('admin').reports.saveSettings({ ...bad, expectedRevision: 999, reports: {} })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses reports of a round that is still open', async () => {
    const round = await as('admin').rounds.create({ tenantId, settings: { name: 'Åben måling', themes: [{ id: 'borgerorientering' }] } });
    await expect(as('admin').reports.results({ tenantId, roundId: round.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await as('admin').rounds.remove({ tenantId, roundId: round.id });
  });

  it('exports the roll-up as CSV and as XLSX with the same rows', async () => {
    const csv = await as('analyst').reports.rollupExport({ tenantId, roundId, format: 'csv' });
    const lines = Buffer.from(csv.contentBase64, 'base64').toString('utf8').trim().split('\n');
    expect(lines[0]).toBe('leader_id,scope,rater_role,theme_id,item_id,forms,answered,dont_know,mean,sd,n1,n2,n3,n4,n5,suppressed');
    const xlsx = await as('analyst').reports.rollupExport({ tenantId, roundId, format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(lines.length);
    const csvRow = lines[1]!.split(',');
    expect((sheet.getRow(2).values as unknown[]).slice(1, 6)).toEqual(csvRow.slice(0, 5));
  });

  it('exports the same roll-up rows as CSV for Danish Excel: BOM, ; and decimal comma', async () => {
    const design = Buffer.from((await as('analyst').reports.rollupExport({ tenantId, roundId, format: 'csv' })).contentBase64, 'base64').toString('utf8');
    const excel = await as('analyst').reports.rollupExport({ tenantId, roundId, format: 'csv-excel' });
    expect(excel.fileName).toBe('Ledelsesevaluering 2026 – roll-up (Excel).csv');
    const text = Buffer.from(excel.contentBase64, 'base64').toString('utf8');
    // Danish headings and values for a person in Excel, not DESIGN.md's developer names.
    expect(text.startsWith('\uFEFF"Leder-id";"Omfang";"Respondentgruppe";"Tema-id";"Udsagn-id";"Skemaer";"Svar";"Ved ikke";"Gennemsnit";"Standardafvigelse";"Antal 1";')).toBe(true);
    expect(text).not.toMatch(/"(direct|employee|false|true)"/);
    // The same rows: the texts quoted (every text is, for Excel set to `,`) and worded in Danish, figures with a decimal comma.
    const DANISH: Record<string, string> = { direct: 'direkte', chain: 'kæde', employee: 'medarbejdere', self: 'leder selv', superior: 'overordnet leder' };
    const inDanish = (line: string) => {
      const cells = line.split(';');
      cells[1] = DANISH[cells[1]!]!;
      cells[2] = DANISH[cells[2]!]!;
      cells[15] = cells[15] === 'true' ? 'ja' : 'nej';
      return cells.map((c, i) => (i < 5 || i === 15 ? `"${c}"` : c)).join(';');
    };
    const [, ...rows] = design.trim().split('\n').map((line) => line.replaceAll(',', ';').replace(/(\d)\.(\d{4})(?=;|$)/g, '$1,$2'));
    const [, ...excelRows] = text.slice(1).trim().split('\r\n');
    expect(excelRows).toEqual(rows.map(inDanish));
    expect(excelRows.some((r) => r.includes('"direkte";"medarbejdere"'))).toBe(true);
    // In English when the console is.
    const english = Buffer.from((await as('analyst').reports.rollupExport({ tenantId, roundId, format: 'csv-excel', locale: 'en' })).contentBase64, 'base64').toString('utf8');
    expect(english.startsWith('\uFEFF"Leader id";"Scope";"Respondent group";')).toBe(true);
    expect(english).toContain('"direct";"employees"');
    await expect(as('mads').reports.rollupExport({ tenantId, roundId, format: 'csv-excel' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('renders a PDF and an HTML page of a report the caller may read', async () => {
    const pdf = await as('mads').reports.pdf({ tenantId, roundId, reportId: 'leader', leaderId: '1004' });
    // Named after the report and the round too: a leader's and a chain's report share the person's name.
    expect(pdf.fileName).toBe('Lederrapport – Mads Bæk – Ledelsesevaluering 2026.pdf');
    const chain = await as('mads').reports.html({ tenantId, roundId, reportId: 'chain', leaderId: '1004', locale: 'en' });
    expect(chain.fileName).toBe('Chain report – Mads Bæk – Ledelsesevaluering 2026.html');
    expect((await as('mads').reports.document({ tenantId, roundId, reportId: 'chain', leaderId: '1004' })).kind).toBe('Kæderapport');
    expect(Buffer.from(pdf.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const html = await as('mads').reports.html({ tenantId, roundId, reportId: 'leader', leaderId: '1004' });
    expect(html.html).toContain('<h1>Mads Bæk</h1>');
    await expect(as('mads').reports.pdf({ tenantId, roundId, reportId: 'leader', leaderId: '1005' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('benchmarks a tenant against its sector only for operators, and only once three others contribute', async () => {
    await expect(as('admin').reports.benchmark({ tenantId, roundId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const sectorRows = async () => {
      const { document } = await as('operator').reports.benchmark({ tenantId, roundId });
      return blocks(document).filter((b) => b.type === 'heatmap').flatMap((b) => (b.type === 'heatmap' ? b.rows.map((r) => r.label) : []));
    };
    for (const slug of ['by-a', 'by-b']) {
      const other = await f.tenantWithAdmin(slug);
      await closedEgeskovRound(other.admin, other.tenant.id);
    }
    expect(await sectorRows()).not.toContain('Andre kommuner (2)');
    expect(await as('operator').reports.benchmark({ tenantId, roundId })).toMatchObject({ published: false, contributors: 2, minimum: 3 });
    const third = await f.tenantWithAdmin('by-c');
    await closedEgeskovRound(third.admin, third.tenant.id);
    expect(await sectorRows()).toContain('Andre kommuner (3)');
    expect(await as('operator').reports.benchmark({ tenantId, roundId })).toMatchObject({ published: true, contributors: 3 });
  });
});
