import { defineTranslations, Translation } from '@wijkdeal/shared-ui';

export const projectsNl = {
  'projects.list.title': 'Projecten',
  'projects.list.intro': 'Hier zie je alle projecten van de Wijkdeal: ideeën die nog gekozen kunnen worden, projecten die bewoners in de stemweek kozen, en hoe ver ze zijn.',
  'projects.filter.label': 'Projecten zoeken',
  'projects.filter.theme': 'Thema',
  'projects.filter.allThemes': "Alle thema's",
  'projects.filter.status': 'Status',
  'projects.filter.allStatuses': 'Alle statussen',
  'projects.filter.q': 'Zoekwoorden',
  'projects.filter.submit': 'Zoeken',
  'projects.filter.clear': 'Alles wissen',
  'projects.found.one': '1 project gevonden',
  'projects.found.other': '{count} projecten gevonden',
  'projects.none': 'Geen projecten gevonden. Kies een ander thema of een andere status, of probeer een ander woord.',
} as const;

export const projectsEn: Translation<typeof projectsNl> = {
  'projects.list.title': 'Projects',
  'projects.list.intro': 'Here you see all projects of the Wijkdeal: ideas that can still be chosen, projects that residents chose in the voting week, and how far along they are.',
  'projects.filter.label': 'Search projects',
  'projects.filter.theme': 'Theme',
  'projects.filter.allThemes': 'All themes',
  'projects.filter.status': 'Status',
  'projects.filter.allStatuses': 'All statuses',
  'projects.filter.q': 'Search words',
  'projects.filter.submit': 'Search',
  'projects.filter.clear': 'Clear all',
  'projects.found.one': '1 project found',
  'projects.found.other': '{count} projects found',
  'projects.none': 'No projects found. Choose another theme or status, or try another word.',
};

export const projectsTexts = defineTranslations(projectsNl, projectsEn);
