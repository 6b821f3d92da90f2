import { EntityManager } from 'typeorm';

export type StemweekAuditAction = 'create' | 'update' | 'close' | 'publish' | 'generate-codes' | 'import' | 'enter-paper-ballot' | 'match-item' | 'open-ballot-box' | 'open-now';

/** Written with the manager of the action's own transaction: no action without its audit row, and no row without the action. */
export async function writeAudit(
  manager: EntityManager,
  stemweekId: string,
  actorAccountId: string | null,
  action: StemweekAuditAction,
  details: Record<string, unknown> = {},
): Promise<void> {
  await manager.query(`INSERT INTO stemweek_audit (stemweek_id, actor_account_id, action, details) VALUES ($1, $2, $3, $4::jsonb)`, [
    stemweekId,
    actorAccountId,
    action,
    JSON.stringify(details),
  ]);
}
