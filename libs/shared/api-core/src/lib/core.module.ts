import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { MailService } from './mail';
import { PhotoService } from './photo';
import { PhotosController } from './photos.controller';
import { RateLimiter } from './rate-limit';

/** Configuration and the cross-cutting services every domain module may inject. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      controllers: [PhotosController],
      providers: [{ provide: AppConfig, useValue: config }, MailService, RateLimiter, PhotoService],
      exports: [AppConfig, MailService, RateLimiter, PhotoService],
    };
  }
}
