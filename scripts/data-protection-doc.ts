/* Rewrites the table list of docs/data-protection.md from packages/db/src/personal-data.ts. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PERSONAL_DATA_HEADING, personalDataMarkdown } from '../packages/db/src/personal-data-markdown.ts';

const path = fileURLToPath(new URL('../docs/data-protection.md', import.meta.url));
const doc = readFileSync(path, 'utf8');
const at = doc.indexOf(PERSONAL_DATA_HEADING);
if (at < 0) throw new Error(`docs/data-protection.md has no "${PERSONAL_DATA_HEADING.trim()}" heading to write the tables under`);
writeFileSync(path, doc.slice(0, at + PERSONAL_DATA_HEADING.length) + personalDataMarkdown());
console.log('docs/data-protection.md: tables rewritten from the catalog');
