import type { AnyTheme, Locale, ReportDocument, ReportPlugin } from '@spejl/plugin-sdk';
import { seededRandom } from '../demo/seeded-random.ts';
import { renderReport } from '../report-view/view-source.ts';
import type { ViewRequest, ViewSource } from '../report-view/report-view.ts';
import { computeRollup } from '../rollup/compute-rollup.ts';
import { FormBatchBuilder } from '../scoring/form-batch.ts';
import { buildLeaderTree } from '../scoring/leader-tree.ts';
import { roleIndex } from '../scoring/rater-roles.ts';
import { layoutRound } from '../scoring/round-layout.ts';

/*
 * What a report would look like with given options, before any round has closed: a small made-up
 * organisation with made-up answers to the tenant's own themes, sent through the same roll-up,
 * anonymity filter and view as a real round. So the preview shows real suppression (one team is
 * below the threshold) and never a fixture that could drift from what reports really receive.
 */

const PREVIEW_THRESHOLD = 5;
/** Director → three areas → team leaders with these team sizes (one team too small to publish). */
const TEAMS = [[9, 7], [12, 3, 8], [6, 10]];
const NAMES = ['Ole Kjærgaard', 'Mette Skov', 'Jens Åberg', 'Birgitte Høj', 'Mads Bæk', 'Lene Holm', 'Søren Friis', 'Anne Krogh', 'Peter Ravn', 'Hanne Dahl', 'Karsten Møller'];
const UNITS = ['Børn og Unge', 'Dagtilbud', 'Skoler', 'Sundhed', 'Ågade Skole', 'Tandplejen', 'Familiehuset', 'Sundhedsplejen', 'Hjemmeplejen', 'Rådhuset', 'Biblioteket'];

function previewOrganisation(): { personIds: string[]; manager: number[]; leaders: number; firstTeamLeader: number } {
  const manager = [-1];
  const teamLeaders: { at: number; size: number }[] = [];
  TEAMS.forEach((sizes) => {
    const area = manager.push(0) - 1;
    for (const size of sizes) teamLeaders.push({ at: manager.push(area) - 1, size });
  });
  const leaders = manager.length;
  teamLeaders.forEach(({ at, size }) => { for (let i = 0; i < size; i++) manager.push(at); });
  return { personIds: manager.map((_, p) => `P${String(p).padStart(3, '0')}`), manager, leaders, firstTeamLeader: teamLeaders[0]!.at };
}

/** The made-up round the preview renders from (every employee, leader and superior answered), and a team leader in it. */
export function previewSource(themes: readonly AnyTheme[], organisationName: string, locale: Locale): ViewSource & { firstTeamLeader: string } {
  const org = previewOrganisation();
  const layout = layoutRound(themes.map((t) => ({ id: t.id, items: t.items.map((i) => i.id) })));
  const random = seededRandom(2026);
  const builder = new FormBatchBuilder(layout.itemCount);
  const answers = new Uint8Array(layout.itemCount);
  // A role answers only the themes that ask it (a theme may leave out the superior, say).
  const asks = (role: string) => themes.flatMap((t) => t.items.map(() => (t.roles as readonly string[]).includes(role)));
  const asked = { employee: asks('employee'), self: asks('self'), superior: asks('superior') };
  const form = (subject: number, role: keyof typeof asked, lean: number) => {
    for (let i = 0; i < answers.length; i++) {
      const r = random();
      answers[i] = !asked[role][i] ? 0 : r < 0.06 ? 6 : Math.max(1, Math.min(5, Math.round(3.4 + lean + (random() - 0.5) * 2.6)));
    }
    builder.add(subject, roleIndex(role), answers);
  };
  org.manager.forEach((m, p) => { if (m >= 0) form(m, 'employee', 0); if (p < org.leaders) form(p, 'self', 0.5); });
  for (let s = 1; s < org.leaders; s++) form(s, 'superior', -0.2);
  const rollup = computeRollup(buildLeaderTree({ personIds: org.personIds, manager: Int32Array.from(org.manager) }), layout, builder.build(), PREVIEW_THRESHOLD);
  return {
    firstTeamLeader: org.personIds[org.firstTeamLeader]!,
    rollup,
    leaders: Array.from({ length: org.leaders }, (_, s) => ({ name: NAMES[s % NAMES.length]!, unitName: UNITS[s % UNITS.length]! })),
    round: { name: locale === 'da' ? 'Eksempel: ledelsesevaluering' : 'Example: leadership evaluation', closedAt: null },
    organisationName,
    themes,
    framing: null,
  };
}

/** Whose report the preview shows: a team leader for a leader report, the director's chain, the organisation. */
function previewRequest(plugin: ReportPlugin, source: ReturnType<typeof previewSource>, locale: Locale): ViewRequest {
  if (plugin.scope === 'leader') return { scope: 'leader', leaderId: source.firstTeamLeader, locale };
  if (plugin.scope === 'chain') return { scope: 'chain', leaderId: source.rollup.tree.personIds[0]!, locale };
  return { scope: 'tenant', locale };
}

/** A report with the given options on the made-up round, in the tenant's themes and name. */
export function previewReport(plugin: ReportPlugin, themes: readonly AnyTheme[], organisationName: string, locale: Locale, options: unknown): ReportDocument {
  const source = previewSource(themes, organisationName, locale);
  return renderReport(plugin, source, previewRequest(plugin, source, locale), options);
}
