import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AccessGuard } from './access.guard';
import { AccountsController } from './accounts.controller';
import { AddressVerificationController, AddressVerificationService } from './address-verification';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { DevMailController } from './dev-mail.controller';
import { RolesService } from './roles.service';
import { SessionStrategy } from './session.strategy';
import { SignInThrottleService } from './sign-in-throttle';

@Module({
  imports: [PassportModule],
  controllers: [AuthController, AccountsController, AddressVerificationController, DevMailController],
  providers: [AuthService, RolesService, AddressVerificationService, SessionStrategy, SignInThrottleService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthService, AddressVerificationService],
})
export class AccountsModule {}
