import { PartnerKind } from '@wijkdeal/shared-contracts';

/**
 * Reference facts of Wijkdeal De Wijert (themes, partners), copied from shared/data/wijkdeal-reference.json
 * so that a production install needs no files outside the app; a test keeps the two equal.
 * Ids are fixed so that seeding is idempotent and links stay stable across installs.
 */
export const REFERENCE_THEMES = [
  {
    id: '7e3e0000-0000-4000-8000-000000000001', slug: 'groen-buitenzijn', position: 1,
    nameNl: 'Groen & Buitenzijn', nameEn: 'Green & Outdoors',
    introNl: 'Meer groen in de wijk, plekken om te spelen en om elkaar buiten te ontmoeten.',
    introEn: 'More greenery in the neighbourhood, places to play and to meet each other outdoors.',
    descriptionNl: 'Bij dit thema gaat het om parken, plantsoenen, bomen, speeltuinen en moestuinen. Heb je een idee voor een groene plek bij jou in de buurt? De contactpersonen van dit thema helpen je verder.',
    descriptionEn: 'This theme is about parks, green spaces, trees, playgrounds and vegetable gardens. Do you have an idea for a green spot near you? The contact persons of this theme will help you.',
  },
  {
    id: '7e3e0000-0000-4000-8000-000000000002', slug: 'verkeer-veiligheid', position: 2,
    nameNl: 'Verkeer & Veiligheid', nameEn: 'Traffic & Safety',
    introNl: 'Veilig over straat, lopend, op de fiets en met de auto, en je veilig voelen in je buurt.',
    introEn: 'Getting around safely on foot, by bike and by car, and feeling safe in your street.',
    descriptionNl: 'Oversteekplaatsen, verlichting, hard rijden, parkeren en schoolroutes: alles wat met veilig bewegen en veilig wonen te maken heeft.',
    descriptionEn: 'Crossings, street lighting, speeding, parking and school routes: everything about moving and living safely.',
  },
  {
    id: '7e3e0000-0000-4000-8000-000000000003', slug: 'bouw-duurzaamheid', position: 3,
    nameNl: 'Bouw & Duurzaamheid', nameEn: 'Building & Sustainability',
    introNl: 'Goed wonen, nu en later: energie besparen, huizen verduurzamen en bouwen voor iedereen.',
    introEn: 'Living well, now and later: saving energy, making homes sustainable and building for everyone.',
    descriptionNl: 'Samen met de woningcorporaties en de gemeente werken we aan betaalbare, zuinige en gezonde huizen en aan schone energie in de wijk.',
    descriptionEn: 'Together with the housing corporations and the municipality we work on affordable, energy-efficient and healthy homes and on clean energy in the neighbourhood.',
  },
  {
    id: '7e3e0000-0000-4000-8000-000000000004', slug: 'meedoen-samenzijn', position: 4,
    nameNl: 'Meedoen & Samenzijn', nameEn: 'Participation & Togetherness',
    introNl: 'Niemand hoeft alleen te staan: elkaar ontmoeten, helpen en meedoen in de wijk.',
    introEn: 'Nobody has to stand alone: meeting, helping and taking part in the neighbourhood.',
    descriptionNl: 'Activiteiten voor jong en oud, burenhulp, ontmoetingsplekken en manieren om mee te praten over de wijk.',
    descriptionEn: 'Activities for young and old, neighbourly help, places to meet and ways to have a say in the neighbourhood.',
  },
  {
    id: '7e3e0000-0000-4000-8000-000000000005', slug: 'kunst-cultuur-historie', position: 5,
    nameNl: 'Kunst, Cultuur & Historie', nameEn: 'Art, Culture & History',
    introNl: 'De verhalen, de kunst en de geschiedenis van De Wijert zichtbaar en beleefbaar maken.',
    introEn: 'Making the stories, art and history of De Wijert visible and tangible.',
    descriptionNl: 'Kunst in de openbare ruimte, muziek en theater in de buurt, en de geschiedenis van de wijk en haar bewoners.',
    descriptionEn: 'Art in public space, music and theatre in the neighbourhood, and the history of the neighbourhood and its residents.',
  },
] as const;

export const REFERENCE_PARTNERS: readonly { name: string; kind: PartnerKind }[] = [
  { name: 'Wijkbewoners', kind: 'residents' },
  { name: 'Gemeente Groningen', kind: 'municipality' },
  { name: 'WIJ Groningen', kind: 'welfare' },
  { name: 'MFC De Wijert', kind: 'welfare' },
  { name: 'Platform De Wijert', kind: 'residents' },
  { name: 'Lentis', kind: 'care' },
  { name: 'OBS Bredero School', kind: 'education' },
  { name: 'CBS De Tamarisk', kind: 'education' },
  { name: 'Montessori Lyceum', kind: 'education' },
  { name: 'SWO Groen', kind: 'other' },
  { name: 'SKSG', kind: 'education' },
  { name: 'TerraNext', kind: 'education' },
  { name: 'Terra MBO Groningen', kind: 'education' },
  { name: 'Hanzehogeschool Groningen', kind: 'education' },
  { name: 'Praktijkschool De Bolster', kind: 'education' },
  { name: 'Albert Heijn Willems', kind: 'business' },
  { name: 'Wijkpost Groningen Zuid', kind: 'other' },
  { name: 'GGD Groningen', kind: 'care' },
  { name: 'Puur Zang', kind: 'culture' },
  { name: 'Lefier', kind: 'housing' },
  { name: 'Patrimonium', kind: 'housing' },
  { name: 'De Huismeesters', kind: 'housing' },
  { name: 'Nijestee', kind: 'housing' },
  { name: 'Thuiszorgcomfort', kind: 'care' },
  { name: 'GON Zuid Vooruit', kind: 'other' },
  { name: 'Humanitas', kind: 'welfare' },
  { name: 'Vrijdag in de wijk', kind: 'culture' },
  { name: 'Gebiedscoöperatie Westerkwartier', kind: 'energy' },
  { name: 'Grunneger Power', kind: 'energy' },
  { name: 'BSO De Blokhut', kind: 'education' },
  { name: 'Kids First COP groep', kind: 'education' },
];

/** Partner ids follow their position, so re-running the seed finds the same rows. */
export function partnerId(position: number): string {
  return `9a000000-0000-4000-8000-${String(position).padStart(12, '0')}`;
}
