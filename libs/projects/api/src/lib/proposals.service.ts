import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@wijkdeal/follows-api';
import { CurrentAccountData, DomainException, hasRole, RateLimiter } from '@wijkdeal/shared-api-core';
import { excerpt, Page, ProposalDetail, ProposalStatus, ProposalSummary, slugify } from '@wijkdeal/shared-contracts';
import { Theme } from '@wijkdeal/themes-api';
import { DataSource, EntityManager } from 'typeorm';
import { canManageTheme, requireThat } from './access';
import { Project } from './project.entity';
import { uniqueProjectSlug } from './projects.service';
import { AcceptProposalDto, CreateProposalDto, MergeProposalDto, MessageDto, ProposalListQuery } from './proposal.dto';
import { Proposal, ProposalMessage, ProposalSupport } from './proposal.entity';


const OPEN: ProposalStatus[] = ['submitted', 'question'];

@Injectable()
export class ProposalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly rateLimiter: RateLimiter,
  ) {}

  async create(dto: CreateProposalDto, author: CurrentAccountData): Promise<ProposalDetail> {
    if (!author.emailVerified) throw new DomainException('EMAIL_NOT_VERIFIED');
    await this.rateLimiter.hit('proposal', author.id, 10, 24 * 60);
    if (!(await this.dataSource.getRepository(Theme).existsBy({ id: dto.themeId }))) {
      throw new DomainException('VALIDATION_FAILED', [{ field: 'themeId', reason: 'unknownTheme' }]);
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const proposal = await manager.getRepository(Proposal).save({
        authorId: author.id,
        themeId: dto.themeId,
        title: dto.title,
        description: dto.description,
        place: dto.place || null,
        estimatedCost: dto.estimatedCost === undefined ? null : String(dto.estimatedCost),
        photoId: dto.photoId ?? null,
        status: 'submitted',
      });
      // The theme's contacts hear about new ideas to review.
      const contacts: { account_id: string }[] = await manager.query(`SELECT account_id FROM theme_contact WHERE theme_id = $1`, [dto.themeId]);
      await this.notifications.notify(manager, {
        key: `proposal:${proposal.id}:new`,
        kind: 'proposal-new',
        title: { nl: `Nieuw idee: ${dto.title}`, en: `New idea: ${dto.title}` },
        body: { nl: 'Er is een nieuw idee in jouw thema. Bekijk het en reageer.', en: 'There is a new idea in your theme. Have a look and respond.' },
        link: `/ideeen/${proposal.id}`,
        targets: [],
        accountIds: contacts.map((contact) => contact.account_id),
        actorId: author.id,
      });
      return proposal.id;
    });
    return this.detail(id, author);
  }

  async list(query: ProposalListQuery, viewer: CurrentAccountData | undefined): Promise<Page<ProposalSummary>> {
    const builder = this.dataSource
      .getRepository(Proposal)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.theme', 't')
      .leftJoinAndSelect('p.author', 'a')
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id');
    if (query.theme) builder.andWhere('t.slug = :theme', { theme: query.theme });
    if (query.status) builder.andWhere('p.status = :status', { status: query.status });
    const [proposals, total] = await builder.skip(query.offset).take(query.pageSize).getManyAndCount();
    const counts: { proposal_id: string; n: number }[] = proposals.length
      ? await this.dataSource.query(`SELECT proposal_id, count(*)::int AS n FROM proposal_support WHERE proposal_id = ANY($1::uuid[]) GROUP BY proposal_id`, [proposals.map((p) => p.id)])
      : [];
    const items = proposals.map((p) => this.toSummary(Object.assign(p, { supportCount: counts.find((c) => c.proposal_id === p.id)?.n ?? 0 }), viewer));
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async detail(id: string, viewer: CurrentAccountData | undefined): Promise<ProposalDetail> {
    const proposal = await this.dataSource.getRepository(Proposal).findOne({ where: { id }, relations: { theme: true, author: true, mergedInto: true, project: true } });
    if (!proposal) throw new DomainException('NOT_FOUND');
    const supportCount = await this.dataSource.getRepository(ProposalSupport).countBy({ proposalId: id });
    const messages = await this.dataSource.getRepository(ProposalMessage).find({ where: { proposalId: id }, relations: { author: true }, order: { createdAt: 'ASC', id: 'ASC' } });
    const supportedByMe = !!viewer && (await this.dataSource.getRepository(ProposalSupport).existsBy({ proposalId: id, accountId: viewer.id }));
    const summary = this.toSummary(Object.assign(proposal, { supportCount }), viewer);
    const hidden = !!proposal.hiddenReason && !hasRole(viewer, 'admin');
    return {
      ...summary,
      description: hidden ? '' : proposal.description,
      place: hidden ? null : proposal.place,
      estimatedCost: proposal.estimatedCost === null ? null : Number(proposal.estimatedCost),
      photoId: hidden ? null : proposal.photoId,
      mergedInto: proposal.mergedInto ? { id: proposal.mergedInto.id, title: proposal.mergedInto.title } : null,
      project: proposal.project ? { id: proposal.project.id, slug: proposal.project.slug } : null,
      messages: messages.map((m) => ({ id: m.id, authorName: m.author?.displayName ?? '', kind: m.kind, body: m.body, createdAt: m.createdAt.toISOString() })),
      supportedByMe,
      canReview: OPEN.includes(proposal.status) && canManageTheme(viewer, proposal.themeId),
      canAnswer: proposal.status === 'question' && !!viewer && viewer.id === proposal.authorId,
    };
  }

  /** Support is a set: supporting twice changes nothing (primary key), withdrawing is allowed. */
  async support(id: string, account: CurrentAccountData, supported: boolean): Promise<void> {
    await this.requireProposal(this.dataSource.manager, id);
    if (supported) await this.dataSource.query(`INSERT INTO proposal_support (proposal_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [id, account.id]);
    else await this.dataSource.getRepository(ProposalSupport).delete({ proposalId: id, accountId: account.id });
  }

  async ask(id: string, dto: MessageDto, contact: CurrentAccountData): Promise<ProposalDetail> {
    await this.review(id, contact, async (manager, proposal) => {
      await this.addMessage(manager, proposal, contact, 'question', dto.body, 'question');
      await this.tellProposer(manager, proposal, 'question', { nl: `Een vraag over je idee "${proposal.title}"`, en: `A question about your idea "${proposal.title}"` }, contact.id);
    });
    return this.detail(id, contact);
  }

  async answer(id: string, dto: MessageDto, author: CurrentAccountData): Promise<ProposalDetail> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await this.requireProposal(manager, id, true);
      requireThat(proposal.authorId === author.id);
      if (proposal.status !== 'question') throw new DomainException('PROPOSAL_ALREADY_DECIDED');
      await this.addMessage(manager, proposal, author, 'answer', dto.body, 'submitted');
      const contacts: { account_id: string }[] = await manager.query(`SELECT account_id FROM theme_contact WHERE theme_id = $1`, [proposal.themeId]);
      await this.notifications.notify(manager, {
        key: `proposal:${id}:answer:${Date.now()}`,
        kind: 'proposal-answer',
        title: { nl: `Antwoord op je vraag over "${proposal.title}"`, en: `An answer to your question about "${proposal.title}"` },
        body: { nl: dto.body.slice(0, 200), en: dto.body.slice(0, 200) },
        link: `/ideeen/${id}`,
        targets: [],
        accountIds: contacts.map((c) => c.account_id),
        actorId: author.id,
      });
    });
    return this.detail(id, author);
  }

  async decline(id: string, dto: MessageDto, contact: CurrentAccountData): Promise<ProposalDetail> {
    await this.review(id, contact, async (manager, proposal) => {
      await this.addMessage(manager, proposal, contact, 'declined', dto.body, 'declined');
      await this.tellProposer(manager, proposal, 'declined', { nl: `Je idee "${proposal.title}" gaat niet door`, en: `Your idea "${proposal.title}" will not go ahead` }, contact.id);
    });
    return this.detail(id, contact);
  }

  async merge(id: string, dto: MergeProposalDto, contact: CurrentAccountData): Promise<ProposalDetail> {
    if (dto.intoProposalId === id) throw new DomainException('VALIDATION_FAILED', [{ field: 'intoProposalId', reason: 'mergeIntoItself' }]);
    await this.review(id, contact, async (manager, proposal) => {
      const target = await manager.getRepository(Proposal).findOneBy({ id: dto.intoProposalId });
      if (!target) throw new DomainException('VALIDATION_FAILED', [{ field: 'intoProposalId', reason: 'unknownProposal' }]);
      await manager.getRepository(Proposal).update({ id }, { mergedIntoId: target.id });
      await this.addMessage(manager, proposal, contact, 'merged', dto.body, 'merged');
      // Supporters of the merged idea now support the one it joined.
      await manager.query(`INSERT INTO proposal_support (proposal_id, account_id) SELECT $2, account_id FROM proposal_support WHERE proposal_id = $1 ON CONFLICT DO NOTHING`, [id, target.id]);
      await this.tellProposer(manager, proposal, 'merged', { nl: `Je idee "${proposal.title}" is samengevoegd met "${target.title}"`, en: `Your idea "${proposal.title}" was merged into "${target.title}"` }, contact.id);
    });
    return this.detail(id, contact);
  }

  /** Acceptance creates the project and links the two, in one transaction; the proposer follows the new project. */
  async accept(id: string, dto: AcceptProposalDto, contact: CurrentAccountData): Promise<ProposalDetail> {
    await this.review(id, contact, async (manager, proposal) => {
      const slug = await uniqueProjectSlug(manager, slugify(proposal.title) || 'project');
      const project = await manager.getRepository(Project).save({
        slug,
        themeId: proposal.themeId,
        titleNl: proposal.title,
        titleEn: dto.titleEn ?? '',
        summaryNl: excerpt(proposal.description),
        summaryEn: '',
        descriptionNl: proposal.description,
        descriptionEn: '',
        status: 'proposed',
        progress: 0,
        costEstimate: proposal.estimatedCost,
      });
      await manager.getRepository(Proposal).update({ id }, { projectId: project.id });
      await this.addMessage(manager, proposal, contact, 'accepted', dto.body || 'Geaccepteerd als project.', 'accepted');
      if (proposal.authorId) await this.notifications.follow(manager, proposal.authorId, 'project', project.id);
      await this.tellProposer(manager, proposal, 'accepted', { nl: `Je idee "${proposal.title}" is nu een project!`, en: `Your idea "${proposal.title}" is now a project!` }, contact.id, `/projecten/${slug}`);
    });
    return this.detail(id, contact);
  }

  private async review(id: string, contact: CurrentAccountData, decide: (manager: EntityManager, proposal: Proposal) => Promise<void>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Locked, so two contacts deciding at once cannot both decide.
      const proposal = await this.requireProposal(manager, id, true);
      requireThat(canManageTheme(contact, proposal.themeId));
      if (!OPEN.includes(proposal.status)) throw new DomainException('PROPOSAL_ALREADY_DECIDED');
      await decide(manager, proposal);
    });
  }

  private async requireProposal(manager: EntityManager, id: string, lock = false): Promise<Proposal> {
    const proposal = await manager.getRepository(Proposal).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!proposal) throw new DomainException('NOT_FOUND');
    return proposal;
  }

  private async addMessage(manager: EntityManager, proposal: Proposal, author: CurrentAccountData, kind: ProposalMessage['kind'], body: string, status: ProposalStatus): Promise<void> {
    await manager.getRepository(ProposalMessage).insert({ proposalId: proposal.id, authorId: author.id, kind, body });
    await manager.getRepository(Proposal).update({ id: proposal.id }, { status });
  }

  private async tellProposer(manager: EntityManager, proposal: Proposal, step: string, title: { nl: string; en: string }, actorId: string, link = `/ideeen/${proposal.id}`): Promise<void> {
    if (!proposal.authorId) return;
    await this.notifications.notify(manager, {
      key: `proposal:${proposal.id}:${step}:${Date.now()}`,
      kind: `proposal-${step}`,
      title,
      body: { nl: 'Bekijk de reactie bij je idee.', en: 'See the response on your idea.' },
      link,
      targets: [],
      accountIds: [proposal.authorId],
      actorId,
    });
  }

  private toSummary(proposal: Proposal & { supportCount?: number }, viewer: CurrentAccountData | undefined): ProposalSummary {
    const hidden = !!proposal.hiddenReason && !hasRole(viewer, 'admin');
    return {
      id: proposal.id,
      title: hidden ? '' : proposal.title,
      summary: hidden ? '' : excerpt(proposal.description),
      status: proposal.status,
      theme: { id: proposal.themeId, slug: proposal.theme?.slug ?? '', name: { nl: proposal.theme?.nameNl ?? '', en: proposal.theme?.nameEn ?? '' } },
      supportCount: proposal.supportCount ?? 0,
      authorName: proposal.author?.displayName ?? '',
      createdAt: proposal.createdAt.toISOString(),
      hidden: proposal.hiddenReason ? { reason: proposal.hiddenReason } : null,
    };
  }
}
