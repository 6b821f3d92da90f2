import { Body, Controller, HttpCode, Injectable, Logger, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentAccount, CurrentAccountData, DomainException, RequireRole } from '@wijkdeal/shared-api-core';
import { normalizeHouseNumber, normalizePostcode } from '@wijkdeal/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AddressVerificationDto } from './account.dto';
import { AddressCheck } from './account.entity';

/**
 * An address typed on an account counts for voting only once it is checked: with the code of a letter delivered to
 * that address (the voting domain checks the code and calls `markVerified`), or by a teller who saw it in person.
 */
@Injectable()
export class AddressVerificationService {
  private readonly logger = new Logger('AddressVerification');

  constructor(private readonly dataSource: DataSource) {}

  /** The account's address as stored (normalised), or null without one. */
  async addressOf(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<{ postcode: string; houseNumber: string } | null> {
    const [row]: { postcode: string | null; house_number: string | null }[] = await manager.query(`SELECT postcode, house_number FROM account WHERE id = $1`, [accountId]);
    return row?.postcode && row.house_number ? { postcode: row.postcode, houseNumber: row.house_number } : null;
  }

  /** Marks the address checked, only if it is still the one checked (the owner may have just changed it). */
  async markVerified(accountId: string, address: { postcode: string; houseNumber: string }, by: AddressCheck): Promise<boolean> {
    // Through a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `WITH checked AS (UPDATE account SET address_verified_at = now(), address_verified_by = $4 WHERE id = $1 AND postcode = $2 AND house_number = $3 RETURNING id)
       SELECT count(*)::int AS n FROM checked`,
      [accountId, address.postcode, address.houseNumber, by],
    );
    return n > 0;
  }

  /** A teller checked e-mail and address in person; the account must have exactly that address. */
  async verifyInPerson(dto: AddressVerificationDto, teller: CurrentAccountData): Promise<void> {
    const address = { postcode: normalizePostcode(dto.postcode) ?? '', houseNumber: normalizeHouseNumber(dto.houseNumber) ?? '' };
    const [account]: { id: string }[] = await this.dataSource.query(`SELECT id FROM account WHERE email = $1`, [dto.email]);
    if (!account || !(await this.markVerified(account.id, address, 'teller'))) throw new DomainException('ADDRESS_NOT_MATCHED');
    // Who checked whom, for the coordination team; never the address itself.
    this.logger.log(`address of account ${account.id} checked in person by ${teller.id}`);
  }
}

@ApiTags('accounts')
@ApiCookieAuth()
@Controller('accounts/address-verification')
export class AddressVerificationController {
  constructor(private readonly verification: AddressVerificationService) {}

  @RequireRole('teller', 'admin') @Post() @HttpCode(204)
  @ApiOperation({ summary: "Confirm in person that an account lives at its address (e-mail, postcode and house number must match; else ADDRESS_NOT_MATCHED). Teller." })
  verify(@Body() dto: AddressVerificationDto, @CurrentAccount() teller: CurrentAccountData): Promise<void> {
    return this.verification.verifyInPerson(dto, teller);
  }
}
