import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@wijkdeal/shared-api-core';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Public() @Get() @ApiOperation({ summary: 'Is the API up and can it reach the database? For load balancers. Visitor.' })
  async health(@Res({ passthrough: true }) response: Response): Promise<{ status: 'ok' | 'unavailable'; database: 'ok' | 'unreachable' }> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: 'ok' };
    } catch {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'unavailable', database: 'unreachable' };
    }
  }
}
