// Issue 4: the project list, a project page and the updates overview with 5,000 projects and 50,000 updates.
import pg from 'pg';
import { load } from './load.mjs';
import { startServer } from './server.mjs';

export const name = 'projects';

export async function run() {
  const server = await startServer('wijkdeal_bench_projects', 4510);
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  try {
    // 5,000 projects spread over the five themes and the lifecycle; 10 updates each by the demo project member.
    await db.query(`
      INSERT INTO project (slug, theme_id, title_nl, title_en, summary_nl, summary_en, status, progress)
      SELECT 'bench-' || n, (SELECT id FROM theme ORDER BY position OFFSET n % 5 LIMIT 1),
             'Buurtproject ' || n || CASE WHEN n % 7 = 0 THEN ' speeltuin' ELSE '' END, 'Neighbourhood project ' || n,
             'Samenvatting van project ' || n, 'Summary of project ' || n,
             (ARRAY['proposed','candidate','selected','in-progress','done','paused','stopped'])[1 + n % 7], n % 101
        FROM generate_series(1, 5000) AS n`);
    await db.query(`
      INSERT INTO progress_update (project_id, author_id, body, progress, created_at)
      SELECT p.id, 'acc00000-0000-4000-8000-000000000005', 'Update ' || u || ' van ' || p.title_nl || ': het werk gaat door.', (u * 10) % 101,
             now() - (u || ' days')::interval - (random() * interval '1 day')
        FROM project p CROSS JOIN generate_series(1, 10) AS u WHERE p.slug LIKE 'bench-%'`);
    await db.query('ANALYZE');
    const [{ projects, updates }] = (await db.query(`SELECT (SELECT count(*)::int FROM project) AS projects, (SELECT count(*)::int FROM progress_update) AS updates`)).rows;

    const scenarios = [];
    scenarios.push(await load('project list, page 1', `${server.url}/api/projects`));
    scenarios.push(await load('project list, theme + status filter, page 3', `${server.url}/api/projects?theme=groen-buitenzijn&status=in-progress&page=3`));
    scenarios.push(await load('project list, search', `${server.url}/api/projects?q=speeltuin&page=2`));
    scenarios.push(await load('project page with 10 updates', `${server.url}/api/projects/bench-4242`));
    scenarios.push(await load('updates overview', `${server.url}/api/updates`));
    return { data: { projects, updates, database: server.databaseKind }, scenarios };
  } finally {
    await db.end();
    await server.stop();
  }
}
