import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { CurrentAccountData, SESSION_COOKIE } from '@wijkdeal/shared-api-core';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import { AuthService } from './auth.service';

/** Named in api-core, whose CSRF check binds its token to this cookie. */
export { SESSION_COOKIE };

/** Passport strategy for the session cookie; sessions live in PostgreSQL, so any API instance can answer. */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, 'session') {
  constructor(private readonly auth: AuthService) {
    super();
  }

  async validate(request: Request & { cookies?: Record<string, string> }): Promise<CurrentAccountData | false> {
    const token = request.cookies?.[SESSION_COOKIE];
    if (!token || token.length > 100) return false;
    return (await this.auth.accountForSession(token)) ?? false;
  }
}
