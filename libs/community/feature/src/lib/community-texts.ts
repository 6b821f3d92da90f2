import { defineTranslations, Translation } from '@wijkdeal/shared-ui';

export const communityNl = {
  'community.partners.title': 'Partners',
  'community.partners.intro': 'De Wijkdeal doen we samen. Bewoners werken samen met de gemeente, scholen, zorg- en welzijnsorganisaties, woningcorporaties, ondernemers en verenigingen. Dit zijn de partners.',
  'community.kind.residents': 'Bewoners',
  'community.kind.municipality': 'Gemeente',
  'community.kind.welfare': 'Welzijn',
  'community.kind.education': 'Onderwijs en kinderopvang',
  'community.kind.business': 'Ondernemers',
  'community.kind.housing': 'Woningcorporaties',
  'community.kind.care': 'Zorg en gezondheid',
  'community.kind.culture': 'Kunst en cultuur',
  'community.kind.energy': 'Energie',
  'community.kind.other': 'Andere partners',
  'community.partners.none': 'Er zijn nog geen partners ingevoerd.',
} as const;

export const communityEn: Translation<typeof communityNl> = {
  'community.partners.title': 'Partners',
  'community.partners.intro': 'We do the Wijkdeal together. Residents work with the municipality, schools, care and welfare organisations, housing corporations, businesses and associations. These are the partners.',
  'community.kind.residents': 'Residents',
  'community.kind.municipality': 'Municipality',
  'community.kind.welfare': 'Welfare',
  'community.kind.education': 'Education and childcare',
  'community.kind.business': 'Businesses',
  'community.kind.housing': 'Housing corporations',
  'community.kind.care': 'Care and health',
  'community.kind.culture': 'Arts and culture',
  'community.kind.energy': 'Energy',
  'community.kind.other': 'Other partners',
  'community.partners.none': 'No partners have been entered yet.',
};

export const communityTexts = defineTranslations(communityNl, communityEn);
