// A PDF thread entry that dies on demand: on a document titled 'dies', always; on one titled
// 'dies once', the first time the file named in its subtitle does not exist yet (it is made).
import { existsSync, writeFileSync } from 'node:fs';

const render = (await import('../../src/report-jobs/pdf-thread.mjs')).default;

export default async function crashing(document) {
  if (document.title === 'dies') process.exit(3);
  if (document.title === 'dies once' && !existsSync(document.subtitle)) {
    writeFileSync(document.subtitle, 'died');
    process.exit(3);
  }
  return render(document);
}
