import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { MailService } from './mail';
import { RateLimiter } from './rate-limit';

/** Configuration and the cross-cutting services every domain module may inject. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: AppConfig, useValue: config }, MailService, RateLimiter],
      exports: [AppConfig, MailService, RateLimiter],
    };
  }
}
