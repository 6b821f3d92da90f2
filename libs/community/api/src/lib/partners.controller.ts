import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@wijkdeal/shared-api-core';
import { PartnerView } from '@wijkdeal/shared-contracts';
import { DataSource } from 'typeorm';
import { Partner } from './partner.entity';

@ApiTags('partners')
@Controller('partners')
export class PartnersController {
  constructor(private readonly dataSource: DataSource) {}

  @Public() @Get() @ApiOperation({ summary: 'The partners of the Wijkdeal. Visitor.' })
  async list(): Promise<PartnerView[]> {
    const partners = await this.dataSource.getRepository(Partner).find({ order: { position: 'ASC' } });
    return partners.map(({ id, slug, name, kind }) => ({ id, slug, name, kind }));
  }
}
