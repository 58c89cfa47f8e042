import type { CommanderError } from 'commander';
import type { CodedError } from '@spejl/core';

/** Commander's codes for a finished help or version: no error, whatever the exit code. */
export const HELP_CODES = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/** The n-th 'quoted' part of commander's message ("error: required option '--tenant <slug>' not specified"). */
function quoted(message: string, n = 0): string {
  return [...message.matchAll(/'([^']*)'/g)][n]?.[1] ?? '';
}

/** An option as a person types it: "--tenant <slug>" → "--tenant". */
function optionName(flags: string): string {
  return /--[\w-]+/.exec(flags)?.[0] ?? flags.split(' ')[0] ?? flags;
}

/**
 * Commander's complaint about a command line as a coded refusal, so it is said in the reader's
 * language like every other; undefined for one Spejl's commands cannot cause.
 */
export function codedCommanderError(error: CommanderError): CodedError | undefined {
  const m = error.message;
  switch (error.code) {
    case 'commander.unknownCommand':
      return { code: 'cli.unknownCommand', params: { command: quoted(m) } };
    case 'commander.unknownOption':
      return { code: 'cli.unknownOption', params: { option: quoted(m) } };
    case 'commander.missingMandatoryOptionValue':
      return { code: 'cli.optionMissing', params: { option: optionName(quoted(m)) } };
    case 'commander.optionMissingArgument':
      return { code: 'cli.optionValueMissing', params: { option: optionName(quoted(m)) } };
    case 'commander.missingArgument':
      return { code: 'cli.argumentMissing', params: { argument: quoted(m) } };
    case 'commander.excessArguments':
      return { code: 'cli.tooManyArguments', params: { command: quoted(m) || 'spejl' } };
    case 'commander.invalidArgument': {
      const allowed = /Allowed choices are (.*)\.$/.exec(m)?.[1];
      return m.startsWith('error: option') && allowed ? { code: 'cli.invalidOptionValue', params: { option: optionName(quoted(m)), value: quoted(m, 1), allowed } } : undefined;
    }
    default:
      return undefined;
  }
}
