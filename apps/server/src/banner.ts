import { demoLeaderSummary, type DemoLeaderIdentity, type DemoStartup } from '@spejl/core';

/** Who the demo leader is, so a newcomer knows whose report signing in as the leader shows. */
function leaderLine(who: DemoLeaderIdentity): string {
  const reports = `${who.directReports} direct ${who.directReports === 1 ? 'report' : 'reports'}${who.leadersBelow ? `, ${who.leadersBelow} of them ${who.leadersBelow === 1 ? 'a leader' : 'leaders'}` : ''}`;
  return `                           is ${demoLeaderSummary(who)}: ${reports}; their report and those below are what the leader sees`;
}

/** What `pnpm start` prints once the server listens: the address, and the demo's accounts when it knows them. */
export function banner(url: string, demo: DemoStartup | undefined): string {
  const lines = ['', `  Spejl is running at ${url}`, ''];
  if (demo?.credentials) {
    const { operator, admin, leader } = demo.credentials;
    lines.push(
      demo.seeded ? '  Demo data was created. Sign in as:' : '  Demo accounts (unless you changed their passwords):',
      `    operator               ${operator.email}  /  ${operator.password}`,
      `    admin, Egeskov Kommune ${admin.email}  /  ${admin.password}`,
      ...(leader ? [`    leader (own reports)   ${leader.email}  /  ${leader.password}`] : []),
      ...(leader && demo.leader ? [leaderLine(demo.leader)] : []),
      '  (passwords were generated for this data directory and are kept in its demo-credentials.json)',
      '',
    );
  } else if (demo) {
    lines.push('  The database already has accounts; sign in with yours (or create one: pnpm spejl user create --help).', '');
  }
  lines.push('  Stop with Ctrl+C.', '');
  return lines.join('\n');
}
