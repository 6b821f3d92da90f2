import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DomainException, Public } from '@wijkdeal/shared-api-core';
import { DataSource } from 'typeorm';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Public() @Get() @ApiOperation({ summary: 'Is the API up and can it reach the database? For load balancers. Visitor.' })
  @ApiServiceUnavailableResponse({ description: 'The database is unreachable: DATABASE_UNAVAILABLE in the error shape, with Retry-After.' })
  async health(): Promise<{ status: 'ok'; database: 'ok' }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new DomainException('DATABASE_UNAVAILABLE');
    }
    return { status: 'ok', database: 'ok' };
  }
}
