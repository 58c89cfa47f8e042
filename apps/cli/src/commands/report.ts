import { Option, type Command } from 'commander';
import { z } from 'zod';
import { loadRoundResults, roundReportWithView } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { reports } from '@spejl/plugin-registry';
import { renderHtml, renderPdf } from '@spejl/report-render';
import { withDatabase } from '../database.ts';
import { say } from '../terminal-text.ts';
import { writeWhole } from './output-file.ts';
import { roundIdOf } from './round-ref.ts';
import { tenantIdBySlug } from './round.ts';

const FORMATS = ['html', 'pdf', 'json'] as const;
const LOCALES = ['da', 'en'] as const;

// Commander refuses a format or language outside its choices (said coded, cli.invalidOptionValue); zod checks the rest.
const options = z.object({
  tenant: z.string().min(1),
  round: z.string().min(1),
  leader: z.string().min(1).optional(),
  report: z.string().min(1),
  format: z.enum(FORMATS),
  out: z.string().min(1),
  locale: z.enum(LOCALES),
});

/** `spejl report`: one report of a closed round, from the anonymity-filtered view, as HTML, PDF or the document JSON. */
export function register(program: Command): void {
  program
    .command('report')
    .description('write one report of a closed round (the leader report unless --report says otherwise)')
    .requiredOption('--tenant <slug>', 'the tenant')
    .requiredOption('--round <id or name>', 'the round, by id or name')
    .option('--leader <person_id>', 'the leader (for leader and chain reports)')
    .option('--report <id>', `the report plugin: ${reports.map((r) => r.id).join(', ')}`, 'leader')
    .addOption(new Option('--format <format>', 'the file format').choices(FORMATS).makeOptionMandatory())
    .requiredOption('--out <file>', 'the file to write')
    .addOption(new Option('--locale <locale>', "the report's language").choices(LOCALES).default('da'))
    .action(async (raw: unknown) => {
      const o = options.parse(raw);
      const { document, view, roundId } = await withDatabase(async (db) => {
        const tenantId = await tenantIdBySlug(db, o.tenant);
        const roundId = await roundIdOf(db, tenantId, o.round);
        const results = await withTenant(db, tenantId, (tx) => loadRoundResults(tx, tenantId, roundId, reports));
        // The command line is run by whoever runs the installation: it reads as an operator.
        const made = roundReportWithView(results, reports, { role: 'operator', personId: null }, { reportId: o.report, locale: o.locale, ...(o.leader ? { leaderId: o.leader } : {}) });
        return { ...made, roundId };
      });
      // The JSON carries the trend beside the document (this round and the earlier rounds' published
      // means per theme, with each round's id), so its figures can be checked against those rounds' own reports.
      const json = () => ({ ...document, ...(view.trend ? { trend: { round: { id: roundId, ...view.round }, ...view.trend } } : {}) });
      const content = o.format === 'pdf' ? await renderPdf(document) : o.format === 'html' ? renderHtml(document) : `${JSON.stringify(json(), null, 2)}\n`;
      await writeWhole(o.out, content);
      say(`wrote ${o.out} (${document.title})\n`);
    });
}
