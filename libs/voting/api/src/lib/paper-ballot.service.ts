import { Injectable } from '@nestjs/common';
import { CurrentAccountData, DomainException } from '@wijkdeal/shared-api-core';
import { BallotChoiceInput, PaperBallotEntryResult, PaperBallotReport, PaperBatchReport, PaperSheetStatus } from '@wijkdeal/shared-contracts';
import { DataSource } from 'typeorm';
import { checkBallot, insertPaperBallot } from './ballot.service';
import { PaperBallotDto } from './ballot.dto';
import { PaperEntry, PaperSheet } from './paper-ballot.entity';
import { writeAudit } from './stemweek-audit';
import { choicesKey, stemweekState } from './stemweek-rules';
import { databaseNow, findStemweek } from './stemweek.service';

/**
 * Double entry of paper ballots. Every sheet (batch + number) is typed in by two different tellers:
 * - an entry counts for nothing yet while no other teller typed the same (`entered-once`); a teller who types a
 *   sheet again is still one reading, so one teller can never make a sheet count alone;
 * - an entry equal to an earlier one of that sheet by another teller (the same projects, with the same ranks or
 *   points, or both blank, or both spoilt) makes the sheet count: one paper ballot is stored in the same
 *   transaction, or for a blank or spoilt sheet only its mark (`matched`); later entries are refused;
 * - while readings differ the sheet is in `conflict`: nothing counts until a further entry matches an earlier one
 *   of another teller (in practice: a third reading decides).
 * Entries of one sheet are judged one at a time (row lock on paper_sheet), so two tellers at once cannot both
 * make it count.
 */
@Injectable()
export class PaperBallotService {
  constructor(private readonly dataSource: DataSource) {}

  async enter(stemweekId: string, dto: PaperBallotDto, teller: CurrentAccountData): Promise<PaperBallotEntryResult> {
    return this.dataSource.transaction(async (manager) => {
      const stemweek = await findStemweek(manager, stemweekId, 'for_key_share');
      if (!stemweek.channels.includes('paper')) throw new DomainException('CHANNEL_NOT_USED');
      // Paper is counted after the polls close too, until the results are published.
      const state = stemweekState(stemweek, await databaseNow(manager));
      if (state === 'upcoming') throw new DomainException('STEMWEEK_NOT_OPEN');
      if (state === 'published') throw new DomainException('STEMWEEK_ALREADY_PUBLISHED');
      const mark = dto.mark ?? null;
      if (mark && dto.choices.length) throw new DomainException('VALIDATION_FAILED', [{ field: 'choices', reason: 'noChoicesOnMarkedSheet' }]);
      const choices = mark ? [] : (await checkBallot(manager, stemweek, dto.choices)).choices;

      const sheetKey = { stemweekId, batch: dto.batch, sheet: dto.sheet };
      await manager.query(`INSERT INTO paper_sheet (stemweek_id, batch, sheet, status) VALUES ($1, $2, $3, 'entered-once') ON CONFLICT DO NOTHING`, [stemweekId, dto.batch, dto.sheet]);
      const sheet = await manager.getRepository(PaperSheet).findOneOrFail({ where: sheetKey, lock: { mode: 'pessimistic_write' } });
      if (sheet.status === 'matched') throw new DomainException('PAPER_SHEET_COUNTED');

      const earlier = await manager.getRepository(PaperEntry).find({ where: sheetKey, select: { choices: true, mark: true, tellerAccountId: true } });
      await manager.getRepository(PaperEntry).insert({ ...sheetKey, choices, mark, tellerAccountId: teller.id });
      const readingOf = (entry: { choices: BallotChoiceInput[]; mark: string | null }) => entry.mark ?? choicesKey(stemweek.method, entry.choices);
      const reading = readingOf({ choices, mark });
      let status: PaperSheetStatus;
      if (earlier.some((entry) => entry.tellerAccountId !== teller.id && readingOf(entry) === reading)) status = 'matched';
      else if (earlier.some((entry) => readingOf(entry) !== reading)) status = 'conflict';
      else status = 'entered-once';
      if (status === 'matched' && !mark) await insertPaperBallot(manager, stemweekId, choices);
      await manager.getRepository(PaperSheet).update(sheetKey, { status, ...(status === 'matched' ? { mark } : {}) });
      // The audit names the sheet and the outcome; the choices stay on the entry only.
      await writeAudit(manager, stemweekId, teller.id, 'enter-paper-ballot', { batch: dto.batch, sheet: dto.sheet, entry: earlier.length + 1, status });
      return { batch: dto.batch, sheet: dto.sheet, status, entries: earlier.length + 1 };
    });
  }

  async report(stemweekId: string): Promise<PaperBallotReport> {
    await findStemweek(this.dataSource.manager, stemweekId);
    const sheets = await this.dataSource.getRepository(PaperSheet).find({ where: { stemweekId }, order: { batch: 'ASC', sheet: 'ASC' } });
    const batches = new Map<string, PaperBatchReport>();
    for (const sheet of sheets) {
      let batch = batches.get(sheet.batch);
      if (!batch) {
        batch = { batch: sheet.batch, enteredOnce: 0, matched: 0, conflicting: 0, enteredOnceSheets: [], conflictingSheets: [] };
        batches.set(sheet.batch, batch);
      }
      if (sheet.status === 'matched') batch.matched++;
      else if (sheet.status === 'conflict') {
        batch.conflicting++;
        batch.conflictingSheets.push(sheet.sheet);
      } else {
        batch.enteredOnce++;
        batch.enteredOnceSheets.push(sheet.sheet);
      }
    }
    const list = [...batches.values()];
    const sum = (pick: (batch: PaperBatchReport) => number) => list.reduce((total, batch) => total + pick(batch), 0);
    return { batches: list, totals: { enteredOnce: sum((b) => b.enteredOnce), matched: sum((b) => b.matched), conflicting: sum((b) => b.conflicting) } };
  }
}
