#!/usr/bin/env node
// Validates a plugin package: `spejl-plugin validate [DIR]` (plugins run it as their build).
import { register } from 'tsx/esm/api';

register();
const { validateCommand } = await import('../src/node/validate-command.ts');
process.exitCode = await validateCommand(process.argv.slice(2));
