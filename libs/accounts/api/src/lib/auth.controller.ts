import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppConfig, bindCsrfToSession, CurrentAccount, CurrentAccountData, Public, restartCsrfPresession } from '@wijkdeal/shared-api-core';
import { AccountMe } from '@wijkdeal/shared-contracts';
import type { Request, Response } from 'express';
import { EmailDto, LoginDto, PasswordDto, RegisterDto, ResetPasswordDto, TokenDto, UpdateProfileDto } from './account.dto';
import { AuthService } from './auth.service';
import { SESSION_COOKIE } from './session.strategy';
import { DEVICE_COOKIE } from './sign-in-throttle';

const DEVICE_COOKIE_DAYS = 365;

@ApiTags('auth')
@ApiCookieAuth()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  private get csrfOptions() {
    return { secure: this.config.secureCookies, key: this.config.SESSION_SECRET };
  }

  @Public() @Post('register') @ApiOperation({ summary: 'Create an account; a verification link is e-mailed. Visitor.' })
  async register(@Body() dto: RegisterDto): Promise<AccountMe> {
    return this.auth.me((await this.auth.register(dto)).id);
  }

  @Public() @Post('verify-email') @HttpCode(204) @ApiOperation({ summary: 'Confirm the e-mail address with the token from the link. Visitor.' })
  verifyEmail(@Body() dto: TokenDto): Promise<void> {
    return this.auth.verifyEmail(dto.token);
  }

  @Post('verify-email/resend') @HttpCode(204) @ApiOperation({ summary: 'Send the verification link again. Resident.' })
  resendVerification(@CurrentAccount() account: CurrentAccountData): Promise<void> {
    return this.auth.resendVerification(account.id);
  }

  @Public() @Post('login') @HttpCode(200) @ApiOperation({ summary: 'Sign in; sets the httpOnly session cookie. Visitor.' })
  async login(@Body() dto: LoginDto, @Req() request: Request & { cookies?: Record<string, string> }, @Res({ passthrough: true }) response: Response): Promise<AccountMe> {
    // request.ip honours TRUST_PROXY: behind a proxy it is the client's address, not the proxy's.
    const { token, deviceCookie } = await this.auth.login(dto, { source: request.ip ?? 'unknown', deviceCookie: request.cookies?.[DEVICE_COOKIE] });
    // Outlives sign-out on purpose: it only says "this browser signed in to these accounts before".
    response.cookie(DEVICE_COOKIE, deviceCookie, { httpOnly: true, sameSite: 'lax', secure: this.config.secureCookies, path: '/api/auth/login', maxAge: DEVICE_COOKIE_DAYS * 24 * 3_600_000 });
    response.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
      maxAge: this.config.SESSION_DAYS * 24 * 3_600_000,
    });
    // A new session, a new CSRF token bound to it: one from before sign-in (perhaps planted) is useless now.
    bindCsrfToSession(response, token, this.csrfOptions);
    const account = await this.auth.accountForSession(token);
    return this.auth.me(account?.id ?? '');
  }

  @Public() @Post('logout') @HttpCode(204) @ApiOperation({ summary: 'Sign out: ends this session. Anyone.' })
  async logout(@CurrentAccount() account: CurrentAccountData | undefined, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    if (account) await this.auth.logout(account.sessionId);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
    restartCsrfPresession(request, response, this.csrfOptions);
  }

  @Get('me') @ApiOperation({ summary: 'The signed-in account with its roles. Resident.' })
  me(@CurrentAccount() account: CurrentAccountData): Promise<AccountMe> {
    return this.auth.me(account.id);
  }

  @Patch('me') @ApiOperation({ summary: 'Change name, address or language. Resident.' })
  updateProfile(@CurrentAccount() account: CurrentAccountData, @Body() dto: UpdateProfileDto): Promise<AccountMe> {
    return this.auth.updateProfile(account.id, dto);
  }

  @Get('me/export') @ApiOperation({ summary: 'All data kept about me, as JSON (AVG). Resident.' })
  async exportData(@CurrentAccount() account: CurrentAccountData, @Res({ passthrough: true }) response: Response): Promise<Record<string, unknown>> {
    response.setHeader('Content-Disposition', 'attachment; filename="wijkdeal-mijn-gegevens.json"');
    return this.auth.exportData(account.id);
  }

  @Delete('me') @HttpCode(204) @ApiOperation({ summary: 'Delete my account, confirmed with the password (AVG). Resident.' })
  async deleteAccount(@CurrentAccount() account: CurrentAccountData, @Body() dto: PasswordDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.deleteAccount(account.id, dto.password);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
    restartCsrfPresession(request, response, this.csrfOptions);
  }

  @Public() @Post('password-reset/request') @HttpCode(202) @ApiOperation({ summary: 'E-mail a reset link if the address has an account; the answer is the same either way. Visitor.' })
  requestPasswordReset(@Body() dto: EmailDto): Promise<void> {
    return this.auth.requestPasswordReset(dto.email);
  }

  @Public() @Post('password-reset') @HttpCode(204) @ApiOperation({ summary: 'Set a new password with the token from the link; ends all sessions. Visitor.' })
  resetPassword(@Body() dto: ResetPasswordDto): Promise<void> {
    return this.auth.resetPassword(dto);
  }
}
