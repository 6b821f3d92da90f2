export * from './lib/project.entity';
export * from './lib/project.dto';
export * from './lib/projects.module';
export * from './lib/projects.service';
