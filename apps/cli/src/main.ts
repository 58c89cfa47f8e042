#!/usr/bin/env node
/** The `spejl` command line: one `register(program)` per command group in ./commands. */
import { Command, Option } from 'commander';
import { cliLanguage, reportError } from './errors.ts';
import { CLI_LANGUAGES } from './language.ts';
import { say } from './terminal-text.ts';
import { register as audit } from './commands/audit.ts';
import { register as comments } from './commands/comments.ts';
import { register as demo } from './commands/demo.ts';
import { register as migrate } from './commands/migrate.ts';
import { register as peers } from './commands/peers.ts';
import { register as people } from './commands/people.ts';
import { register as person } from './commands/person.ts';
import { register as report } from './commands/report.ts';
import { register as responses } from './commands/responses.ts';
import { register as retention } from './commands/retention.ts';
import { register as rollup } from './commands/rollup.ts';
import { register as round } from './commands/round.ts';
import { register as tenant } from './commands/tenant.ts';
import { register as user } from './commands/user.ts';

const program = new Command('spejl')
  .description('Spejl: leadership evaluations for many organisations')
  .addOption(new Option('--lang <language>', 'the language errors are said in (default: from LC_ALL/LANG when it names da or en, else da)').choices(CLI_LANGUAGES))
  // Commander's own complaints are English: they are thrown instead of printed, and said coded below.
  .exitOverride()
  .configureOutput({ writeErr: (text) => say(text, process.stderr), outputError: () => undefined });

for (const register of [migrate, tenant, user, people, peers, round, responses, rollup, comments, report, audit, retention, person, demo]) register(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.exitCode = reportError(error, (text) => say(text, process.stderr), cliLanguage(program.opts().lang));
});
