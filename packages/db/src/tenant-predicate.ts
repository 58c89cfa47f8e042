import {
  AliasNode, AndNode, BinaryOperationNode, ParensNode, ColumnNode, JoinNode, OnNode, OperationNodeTransformer, OperatorNode, QueryNode, WhereNode, ReferenceNode,
  TableNode, ValueNode, type DeleteQueryNode, type KyselyPlugin, type OperationNode, type PluginTransformQueryArgs,
  type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type SelectQueryNode, type UnknownRow,
  type UpdateQueryNode,
} from 'kysely';

/*
 * Row-level security keeps a tenant's transaction to its own rows, but its predicate reads the tenant
 * from a setting, which Citus cannot route by: without `tenant_id = $n` in the statement itself a
 * query goes to every shard (and FOR UPDATE is refused). So every statement a tenant transaction
 * builds gets that predicate, for every tenant table it names — in WHERE for the tables it reads
 * from, in ON for joined ones (a LEFT JOIN stays a left join) — including subqueries and CTEs. On
 * single-server PostgreSQL and PGlite it is the same statement, planned the same way, and one more
 * guard beside RLS. Raw SQL fragments are not rewritten: they name their tenant themselves.
 */

/** Every tenant table (the catalog test checks this list against the database's). */
export const TENANT_TABLES: ReadonlySet<string> = new Set([
  'audit_log', 'dialogue_meetings', 'follow_up_focus_points', 'follow_up_plans', 'follow_up_settings', 'initiative_files', 'initiative_targets', 'initiatives', 'invitations', 'local_questions', 'mail_outbox', 'memberships', 'peer_nominations', 'people', 'people_import_settings',
  'people_imports', 'report_job_files', 'report_jobs', 'report_settings', 'round_assignments', 'round_closure',
  'round_forms', 'round_languages', 'round_messages', 'round_peers', 'round_people', 'round_pulses', 'round_reminder_runs', 'round_report_settings', 'round_respondents',
  'round_snapshots', 'rounds', 'safetynet_settings', 'safetynet_syncs', 'sso_configs', 'standing_peers', 'tenant_framing', 'tenant_themes', 'unit_mappings',
]);

/** The name a statement refers to a tenant table by (its alias, or its own name), or null for anything else. */
function tenantReference(node: OperationNode): string | null {
  if (TableNode.is(node)) {
    const schema = node.table.schema?.name;
    return TENANT_TABLES.has(node.table.identifier.name) && (schema === undefined || schema === 'public') ? node.table.identifier.name : null;
  }
  if (AliasNode.is(node) && TableNode.is(node.node) && tenantReference(node.node) && node.alias.kind === 'IdentifierNode') {
    return (node.alias as { name: string } & OperationNode).name;
  }
  return null;
}

/** Whether `node` (a WHERE or ON condition) already holds `reference.tenant_id = tenantId` at its top-level AND. */
function holds(node: OperationNode | undefined, reference: string, tenantId: string): boolean {
  if (!node) return false;
  if (WhereNode.is(node)) return holds(node.where, reference, tenantId);
  if (OnNode.is(node)) return holds(node.on, reference, tenantId);
  if (AndNode.is(node)) return holds(node.left, reference, tenantId) || holds(node.right, reference, tenantId);
  if (ParensNode.is(node)) return holds(node.node, reference, tenantId);
  if (!BinaryOperationNode.is(node)) return false;
  const { leftOperand: left, rightOperand: right } = node;
  return OperatorNode.is(node.operator) && node.operator.operator === '=' && ReferenceNode.is(left) && ColumnNode.is(left.column) && left.column.column.name === 'tenant_id'
    && left.table?.table.identifier.name === reference && ValueNode.is(right) && right.value === tenantId;
}

class TenantPredicateTransformer extends OperationNodeTransformer {
  constructor(private readonly tenantId: string) {
    super();
  }

  private predicate(reference: string): OperationNode {
    return BinaryOperationNode.create(
      ReferenceNode.create(ColumnNode.create('tenant_id'), TableNode.create(reference)),
      OperatorNode.create('='),
      ValueNode.create(this.tenantId),
    );
  }

  private withPredicates<T extends SelectQueryNode | UpdateQueryNode | DeleteQueryNode>(node: T, sources: readonly OperationNode[]): T {
    let out = node;
    for (const source of sources) {
      const reference = tenantReference(source);
      if (reference && !holds(out.where, reference, this.tenantId)) out = QueryNode.cloneWithWhere(out, this.predicate(reference));
    }
    if (out.joins) {
      const joins = out.joins.map((join) => {
        const reference = tenantReference(join.table);
        return reference && join.on && !holds(join.on, reference, this.tenantId) ? JoinNode.cloneWithOn(join, this.predicate(reference)) : join;
      });
      out = { ...out, joins };
    }
    return out;
  }

  protected override transformSelectQuery(node: SelectQueryNode, queryId?: Parameters<OperationNodeTransformer['transformSelectQuery']>[1]): SelectQueryNode {
    return this.withPredicates(super.transformSelectQuery(node, queryId), node.from?.froms ?? []);
  }

  protected override transformUpdateQuery(node: UpdateQueryNode, queryId?: Parameters<OperationNodeTransformer['transformUpdateQuery']>[1]): UpdateQueryNode {
    return this.withPredicates(super.transformUpdateQuery(node, queryId), [...(node.table ? [node.table] : []), ...(node.from?.froms ?? [])]);
  }

  protected override transformDeleteQuery(node: DeleteQueryNode, queryId?: Parameters<OperationNodeTransformer['transformDeleteQuery']>[1]): DeleteQueryNode {
    return this.withPredicates(super.transformDeleteQuery(node, queryId), [...node.from.froms, ...(node.using?.tables ?? [])]);
  }
}

/** Adds `tenant_id = <tenant>` for every tenant table a statement names (see the header). */
export class TenantPredicatePlugin implements KyselyPlugin {
  private readonly transformer: TenantPredicateTransformer;

  constructor(tenantId: string) {
    this.transformer = new TenantPredicateTransformer(tenantId);
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.transformer.transformNode(args.node, args.queryId);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
