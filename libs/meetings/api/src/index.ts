export * from './lib/meeting.entity';
export * from './lib/meetings.module';
