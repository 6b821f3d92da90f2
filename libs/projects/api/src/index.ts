export * from './lib/project.entity';
export * from './lib/proposal.entity';
export * from './lib/progress.entity';
export * from './lib/project.dto';
export * from './lib/project-views';
export * from './lib/projects.module';
export * from './lib/projects.service';
export * from './lib/lifecycle';
