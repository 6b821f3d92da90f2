import { Logger } from '@nestjs/common';
import { hash } from '@node-rs/argon2';
import { AppConfig } from '@wijkdeal/shared-api-core';
import { EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_CONTACT, DEMO_MEETING, DEMO_MEMBERSHIP, DEMO_MILESTONES, DEMO_NEWS, DEMO_PASSWORD, DEMO_PROJECTS, DEMO_UPDATES, DEMO_WERKPLAATS, demoProjectId } from './demo-data';
import { slugify } from '@wijkdeal/shared-contracts';
import { partnerId, REFERENCE_PARTNERS, REFERENCE_THEMES } from './reference-data';

/**
 * Seeds are idempotent: rows are inserted with fixed ids and ON CONFLICT DO NOTHING,
 * so a restart never overwrites what an admin changed since.
 */
export async function seedReferenceData(manager: EntityManager): Promise<void> {
  for (const theme of REFERENCE_THEMES) {
    await manager.query(
      `INSERT INTO theme (id, slug, position, name_nl, name_en, intro_nl, intro_en, description_nl, description_en)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
      [theme.id, theme.slug, theme.position, theme.nameNl, theme.nameEn, theme.introNl, theme.introEn, theme.descriptionNl, theme.descriptionEn],
    );
  }
  for (const [index, partner] of REFERENCE_PARTNERS.entries()) {
    await manager.query(`INSERT INTO partner (id, slug, name, kind, position) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`, [
      partnerId(index + 1), slugify(partner.name), partner.name, partner.kind, index + 1,
    ]);
  }
}

export async function seedDemoData(manager: EntityManager): Promise<void> {
  const passwordHash = await hash(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await manager.query(
      `INSERT INTO account (id, email, password_hash, display_name, postcode, house_number, locale, email_verified_at, address_verified_at, address_verified_by)
       VALUES ($1, $2, $3, $4, $5, $6, 'nl', now(), now(), 'teller') ON CONFLICT DO NOTHING`,
      [account.id, account.email, passwordHash, account.displayName, account.postcode, account.houseNumber],
    );
    for (const role of account.roles) {
      await manager.query(`INSERT INTO account_role (account_id, role) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [account.id, role]);
    }
  }
  for (const [index, project] of DEMO_PROJECTS.entries()) {
    await manager.query(
      `INSERT INTO project (id, slug, theme_id, title_nl, title_en, summary_nl, summary_en, status, progress, cost_estimate)
       SELECT $1, $2, t.id, $4, $5, $6, $7, $8, $9, $10 FROM theme t WHERE t.slug = $3 ON CONFLICT DO NOTHING`,
      [demoProjectId(index), project.slug, project.themeSlug, ...project.title, ...project.summary, project.status, project.progress, project.cost],
    );
  }
  await manager.query(
    `INSERT INTO theme_contact (theme_id, account_id, organisation) SELECT t.id, $1, $3 FROM theme t WHERE t.slug = $2 ON CONFLICT DO NOTHING`,
    [DEMO_CONTACT.accountId, DEMO_CONTACT.themeSlug, DEMO_CONTACT.organisation],
  );
  await manager.query(`INSERT INTO project_member (project_id, account_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
    DEMO_MEMBERSHIP.projectId, DEMO_MEMBERSHIP.accountId, DEMO_MEMBERSHIP.role,
  ]);
  await manager.query(`INSERT INTO follow (account_id, target_type, target_id) VALUES ($1, 'project', $2) ON CONFLICT DO NOTHING`, [DEMO_MEMBERSHIP.accountId, DEMO_MEMBERSHIP.projectId]);
  await manager.query(
    `INSERT INTO werkplaats (id, address, opening_hours_nl, opening_hours_en, team) VALUES (1, $1, $2, $3, $4::jsonb) ON CONFLICT DO NOTHING`,
    [DEMO_WERKPLAATS.address, DEMO_WERKPLAATS.openingHoursNl, DEMO_WERKPLAATS.openingHoursEn, JSON.stringify(DEMO_WERKPLAATS.team)],
  );
  await manager.query(
    `INSERT INTO news_item (id, slug, title_nl, title_en, body_nl, body_en, published_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT DO NOTHING`,
    [DEMO_NEWS.id, DEMO_NEWS.slug, DEMO_NEWS.titleNl, DEMO_NEWS.titleEn, DEMO_NEWS.bodyNl, DEMO_NEWS.bodyEn],
  );
  // A meeting two weeks ago, with a public and a private part of the minutes.
  await manager.query(
    `INSERT INTO meeting (id, title, starts_at, ends_at, place, public_minutes, private_minutes)
     VALUES ($1, $2, date_trunc('day', now()) - interval '14 days' + interval '18 hours 30 minutes', date_trunc('day', now()) - interval '14 days' + interval '20 hours 30 minutes',
             'Wijkdealwerkplaats', $3, $4) ON CONFLICT DO NOTHING`,
    [DEMO_MEETING.id, DEMO_MEETING.title, DEMO_MEETING.publicMinutes, DEMO_MEETING.privateMinutes],
  );
  for (const milestone of DEMO_MILESTONES) {
    await manager.query(
      `INSERT INTO milestone (id, project_id, title, planned_on, done_at) VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN now() ELSE NULL END) ON CONFLICT DO NOTHING`,
      [milestone.id, DEMO_MEMBERSHIP.projectId, milestone.title, milestone.plannedOn, milestone.done],
    );
  }
  for (const update of DEMO_UPDATES) {
    await manager.query(
      `INSERT INTO progress_update (id, project_id, author_id, body, progress, milestone_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(days => $7)) ON CONFLICT DO NOTHING`,
      [update.id, DEMO_MEMBERSHIP.projectId, DEMO_MEMBERSHIP.accountId, update.body, update.progress, update.milestoneId, update.daysAgo],
    );
  }
  const koploper = DEMO_ACCOUNTS.find((account) => account.roles.includes('koploper'));
  await manager.query(`INSERT INTO koploper_profile (account_id, bio, public) VALUES ($1, $2, true) ON CONFLICT DO NOTHING`, [
    koploper?.id, 'Ik woon al twintig jaar in De Wijert en help graag bij het Wijkdealcafé. (voorbeeld)',
  ]);
}

/** In production the first admin comes from ADMIN_EMAIL/ADMIN_PASSWORD, and only while there is no admin at all. */
export async function seedFirstAdmin(manager: EntityManager, config: AppConfig): Promise<void> {
  if (!config.ADMIN_EMAIL || !config.ADMIN_PASSWORD) return;
  const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM account_role WHERE role = 'admin'`);
  if (count > 0) return;
  const email = config.ADMIN_EMAIL.toLowerCase();
  const [account] = await manager.query(
    `INSERT INTO account (email, password_hash, display_name, locale, email_verified_at) VALUES ($1, $2, 'Beheerder', 'nl', now())
     ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
    [email, await hash(config.ADMIN_PASSWORD)],
  );
  await manager.query(`INSERT INTO account_role (account_id, role) VALUES ($1, 'admin') ON CONFLICT DO NOTHING`, [account.id]);
  new Logger('Seed').log(`First admin created: ${email}`);
}
