export * from './lib/theme.entity';
export * from './lib/theme.dto';
export * from './lib/themes.module';
export * from './lib/themes.service';
