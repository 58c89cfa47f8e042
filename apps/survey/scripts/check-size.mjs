// Fails the build when the respondent's JavaScript grows past its budget (100 KB gzipped):
// respondents open the link on phones, often on mobile data.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 100 * 1024;
const dir = new URL('../dist/assets/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
const total = files.reduce((sum, f) => sum + gzipSync(readFileSync(new URL(f, dir)), { level: 9 }).length, 0);
console.log(`survey JavaScript: ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET / 1024} KB)`);
if (total > BUDGET) {
  console.error('the survey app is over its JavaScript budget');
  process.exit(1);
}
