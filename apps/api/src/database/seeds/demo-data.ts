import { GlobalRole, ProjectStatus } from '@wijkdeal/shared-contracts';

/** The password of every demo account (documented in the README); demo mode never runs in production. */
export const DEMO_PASSWORD = 'wijkdeal-demo';

export const DEMO_ACCOUNTS: readonly { id: string; email: string; displayName: string; roles: GlobalRole[]; postcode: string; houseNumber: string }[] = [
  { id: 'acc00000-0000-4000-8000-000000000001', email: 'admin@wijkdeal.test', displayName: 'Anne Beheer', roles: ['admin'], postcode: '9721 PE', houseNumber: '1' },
  { id: 'acc00000-0000-4000-8000-000000000002', email: 'contact@wijkdeal.test', displayName: 'Cor Contact', roles: [], postcode: '9721 PE', houseNumber: '2' },
  { id: 'acc00000-0000-4000-8000-000000000003', email: 'koploper@wijkdeal.test', displayName: 'Kim Koploper', roles: ['koploper'], postcode: '9721 PE', houseNumber: '3' },
  { id: 'acc00000-0000-4000-8000-000000000004', email: 'teller@wijkdeal.test', displayName: 'Tom Teller', roles: ['teller'], postcode: '9721 PE', houseNumber: '4' },
  { id: 'acc00000-0000-4000-8000-000000000005', email: 'projectlid@wijkdeal.test', displayName: 'Priya Projectlid', roles: [], postcode: '9721 PE', houseNumber: '5' },
  { id: 'acc00000-0000-4000-8000-000000000006', email: 'bewoner@wijkdeal.test', displayName: 'Bram Bewoner', roles: [], postcode: '9721 PE', houseNumber: '6' },
];

/** The contact account helps in the green theme; the project member leads the playground project. */
export const DEMO_CONTACT = { accountId: DEMO_ACCOUNTS[1].id, themeSlug: 'groen-buitenzijn', organisation: 'Bewoner van De Wijert' };
export const DEMO_MEMBERSHIP = { accountId: DEMO_ACCOUNTS[4].id, projectId: '9c000000-0000-4000-8000-000000000001', role: 'lead' as const };

interface DemoProject {
  themeSlug: string;
  slug: string;
  status: ProjectStatus;
  progress: number;
  cost: number;
  title: [string, string];
  summary: [string, string];
}

/** Sample projects (invented for the demo), spread over the five themes and over the lifecycle. */
export const DEMO_PROJECTS: readonly DemoProject[] = [
  { themeSlug: 'groen-buitenzijn', slug: 'speeltuin-opknappen', status: 'selected', progress: 40, cost: 18000, title: ['Speeltuin in het hart van de wijk opknappen', 'Renovate the playground in the heart of the neighbourhood'], summary: ['Nieuwe toestellen, een bankje in de schaduw en een plek voor de kleinsten.', 'New play equipment, a bench in the shade and a corner for toddlers.'] },
  { themeSlug: 'groen-buitenzijn', slug: 'schoolmoestuin', status: 'in-progress', progress: 65, cost: 6000, title: ['Moestuin bij de basisschool', 'Vegetable garden at the primary school'], summary: ['Kinderen en buren kweken samen groente; de oogst gaat naar de buurtmaaltijd.', 'Children and neighbours grow vegetables together; the harvest goes to the neighbourhood meal.'] },
  { themeSlug: 'groen-buitenzijn', slug: 'meer-bomen', status: 'proposed', progress: 0, cost: 25000, title: ['Meer bomen in De Wijert-Zuid', 'More trees in De Wijert-Zuid'], summary: ['Bomen langs de brede straten voor schaduw en minder hitte in de zomer.', 'Trees along the wide streets for shade and less heat in summer.'] },
  { themeSlug: 'verkeer-veiligheid', slug: 'veilige-oversteek', status: 'selected', progress: 20, cost: 40000, title: ['Veilige oversteek naar het winkelcentrum', 'Safe crossing to the shopping centre'], summary: ['Een zebrapad met middeneiland, zodat ouderen en kinderen veilig kunnen oversteken.', 'A zebra crossing with a refuge island, so that older people and children can cross safely.'] },
  { themeSlug: 'verkeer-veiligheid', slug: 'schoolzone', status: 'candidate', progress: 0, cost: 15000, title: ['Rustige schoolzone', 'Calm school zone'], summary: ['Lager tempo en duidelijke borden rond de scholen.', 'Lower speeds and clear signs around the schools.'] },
  { themeSlug: 'verkeer-veiligheid', slug: 'verlichting-fietspaden', status: 'done', progress: 100, cost: 12000, title: ['Betere verlichting op de fietspaden', 'Better lighting on the cycle paths'], summary: ['Donkere stukken fietspad hebben nu ledverlichting.', 'Dark stretches of cycle path now have LED lighting.'] },
  { themeSlug: 'bouw-duurzaamheid', slug: 'energiecoaches', status: 'in-progress', progress: 50, cost: 8000, title: ['Energiecoaches voor de wijk', 'Energy coaches for the neighbourhood'], summary: ['Buren helpen buren met energie besparen, met gratis advies aan huis.', 'Neighbours help neighbours save energy, with free advice at home.'] },
  { themeSlug: 'bouw-duurzaamheid', slug: 'zonnepanelen-mfc', status: 'selected', progress: 10, cost: 30000, title: ['Zonnepanelen op het wijkcentrum', 'Solar panels on the community centre'], summary: ['Het dak van het wijkcentrum levert stroom voor de hele buurt.', 'The roof of the community centre supplies power for the whole area.'] },
  { themeSlug: 'meedoen-samenzijn', slug: 'maandelijks-wijkdealcafe', status: 'in-progress', progress: 80, cost: 3000, title: ['Elke maand het Wijkdealcafé', 'The Wijkdealcafé every month'], summary: ['Op de laatste woensdag van de maand: nieuws over de projecten en ruimte voor nieuwe ideeën.', 'On the last Wednesday of the month: news on the projects and room for new ideas.'] },
  { themeSlug: 'meedoen-samenzijn', slug: 'buurtmaaltijd', status: 'selected', progress: 30, cost: 5000, title: ['Buurtmaaltijd voor ouderen', 'Neighbourhood meal for older residents'], summary: ['Eens per week samen eten, gekookt door vrijwilligers uit de wijk.', 'Eating together once a week, cooked by volunteers from the neighbourhood.'] },
  { themeSlug: 'kunst-cultuur-historie', slug: 'historische-wandelroute', status: 'in-progress', progress: 60, cost: 7000, title: ['Historische wandelroute door De Wijert', 'Historic walking route through De Wijert'], summary: ['Bordjes met verhalen van bewoners over hoe de wijk ontstond.', 'Signs with residents\u2019 stories about how the neighbourhood came to be.'] },
  { themeSlug: 'kunst-cultuur-historie', slug: 'muurschildering', status: 'proposed', progress: 0, cost: 9000, title: ['Muurschildering bij het winkelcentrum', 'Mural near the shopping centre'], summary: ['Een kunstenaar maakt samen met jongeren uit de wijk een grote muurschildering.', 'An artist creates a large mural together with young people from the neighbourhood.'] },
];

export function demoProjectId(index: number): string {
  return `9c000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
}

/** Demo Werkplaats, meeting and news, so the pages show what they are for; all invented for the demo. */
export const DEMO_WERKPLAATS = {
  address: 'Wijkdealwerkplaats, De Wijert, Groningen (voorbeeldadres)',
  openingHoursNl: 'Dinsdag en donderdag van 10.00 tot 16.00 uur, en op afspraak.',
  openingHoursEn: 'Tuesday and Thursday from 10:00 to 16:00, and by appointment.',
  team: [
    { name: 'Anne Beheer', task: { nl: 'Coördinatie van de Wijkdeal', en: 'Coordination of the Wijkdeal' } },
    { name: 'Tom Teller', task: { nl: 'Stemcodes en papieren stembiljetten', en: 'Voting codes and paper ballots' } },
    { name: 'Kim Koploper', task: { nl: 'Koplopersoverleg en Wijkdealcafé', en: 'Koplopers meetings and Wijkdealcafé' } },
  ],
};

export const DEMO_NEWS = {
  id: '4e000000-0000-4000-8000-000000000001',
  slug: 'welkom-op-het-nieuwe-platform',
  titleNl: 'Welkom op het nieuwe Wijkdeal-platform',
  titleEn: 'Welcome to the new Wijkdeal platform',
  bodyNl: 'Hier volg je de projecten van de Wijkdeal, dien je ideeën in en stem je mee in de stemweek. Dit is een voorbeeldbericht.',
  bodyEn: 'Here you follow the projects of the Wijkdeal, propose ideas and vote in the stemweek. This is a sample message.',
};

export const DEMO_MEETING = {
  id: '3e000000-0000-4000-8000-000000000001',
  title: 'Koplopersoverleg (voorbeeld)',
  publicMinutes: 'We bespraken de voortgang van de speeltuin en de voorbereiding van de volgende stemweek.',
  privateMinutes: 'Alleen voor koplopers: afspraken over de taakverdeling.',
};

/** A running project with a timeline, so the project page shows what following a project looks like. */
export const DEMO_MILESTONES = [
  { id: '5e000000-0000-4000-8000-000000000001', title: 'Ontwerp samen met de kinderen', plannedOn: '2026-09-15', done: true },
  { id: '5e000000-0000-4000-8000-000000000002', title: 'Toestellen geplaatst', plannedOn: '2027-04-01', done: false },
];
export const DEMO_UPDATES = [
  { id: '6e000000-0000-4000-8000-000000000001', daysAgo: 40, progress: 20, milestoneId: '5e000000-0000-4000-8000-000000000001', body: 'Twintig kinderen tekenden hun droomspeeltuin. Het ontwerp is klaar en hangt in de Wijkdealwerkplaats. (voorbeeld)' },
  { id: '6e000000-0000-4000-8000-000000000002', daysAgo: 6, progress: 40, milestoneId: null, body: 'De toestellen zijn besteld. De gemeente haalt in maart de oude schommel weg. (voorbeeld)' },
];
