import { PbParseError } from './errors';
import { createSeededRandom } from './lot';
import { parsePbFile, parsePbNumber, writePbFile, type PbFile } from './pb-file';

/** The data of a parsed file, without the line ends it was written with. */
const data = ({ lineEndings: _lineEndings, ...rest }: PbFile): PbFile => rest;

const SAMPLE = [
  'META',
  'key;value',
  'description;Buurtbudget Test',
  'num_projects;2',
  'num_votes;3',
  'budget;1000,50',
  'vote_type;cumulative',
  'max_sum_points;5',
  'PROJECTS',
  'cost;project_id;votes;score;name;selected',
  '600,25;p1;2;6;Speeltuin;1',
  '400;p2;2;4;"Bankjes; groot en klein";0',
  'VOTES',
  'voter_id;vote;points;age',
  'v1;p1,p2;3,2;34',
  'v2;p1;3;',
  'v3;p2;2;71',
];

const EXPECTED: PbFile = {
  meta: {
    description: 'Buurtbudget Test',
    num_projects: '2',
    num_votes: '3',
    budget: '1000,50',
    vote_type: 'cumulative',
    max_sum_points: '5',
  },
  projectColumns: ['cost', 'project_id', 'votes', 'score', 'name', 'selected'],
  projects: [
    { projectId: 'p1', cost: 600.25, votes: 2, score: 6, selected: 1, extra: { name: 'Speeltuin' } },
    { projectId: 'p2', cost: 400, votes: 2, score: 4, selected: 0, extra: { name: 'Bankjes; groot en klein' } },
  ],
  voteColumns: ['voter_id', 'vote', 'points', 'age'],
  votes: [
    { voterId: 'v1', vote: ['p1', 'p2'], points: [3, 2], extra: { age: '34' } },
    { voterId: 'v2', vote: ['p1'], points: [3], extra: { age: '' } },
    { voterId: 'v3', vote: ['p2'], points: [2], extra: { age: '71' } },
  ],
};

describe(parsePbFile.name, () => {
  it.each([
    ['LF', SAMPLE.join('\n')],
    ['CRLF', SAMPLE.join('\r\n') + '\r\n'],
    ['BOM + CRLF', '\ufeff' + SAMPLE.join('\r\n')],
    ['blank lines and lower-case section names', SAMPLE.join('\n').replace('PROJECTS', '\nprojects').replace('VOTES', 'votes\n')],
  ])('reads %s', (_name, text) => {
    expect(data(parsePbFile(text))).toEqual(EXPECTED);
  });

  it('remembers mixed line ends, so the writer gives back the same text', () => {
    const text = ['META', 'key;value', 'num_projects;1', 'num_votes;1', 'budget;1', 'vote_type;approval', 'PROJECTS', 'project_id;cost', 'a;1', 'VOTES', 'voter_id;vote', '1;a'].join('\r\n').replace('approval\r\n', 'approval\n') + '\r\n';
    const file = parsePbFile(text);
    expect(file.lineEndings).toEqual({ main: '\r\n', otherAt: [5] });
    expect(writePbFile(file)).toBe(text);
  });

  it('reads quoted fields as CSV: ";" inside, "" for a quote, line breaks inside, quotes inside unquoted text', () => {
    const text = [
      'META',
      'key;value',
      'comment;"a; b"',
      'budget;10',
      'vote_type;approval',
      'PROJECTS',
      'project_id;cost;name;note',
      // As in Poland_Lodz_2022.pb.
      'L061;375000;"""Ale w koło jest wesoło"" - modernizacja placu zabaw";x',
      `L132;1250000;"Cyfrowe IX LO ''od przedszkola do senora""";y`,
      'p3;1;"two\r\nlines";he said "hi"',
      'VOTES',
      'voter_id;vote',
      '"v;1";"L061,L132"',
    ].join('\r\n');
    const file = parsePbFile(text);
    expect(file.meta['comment']).toBe('a; b');
    expect(file.projects.map((project) => project.extra)).toEqual([
      { name: '"Ale w koło jest wesoło" - modernizacja placu zabaw', note: 'x' },
      { name: "Cyfrowe IX LO ''od przedszkola do senora\"", note: 'y' },
      { name: 'two\r\nlines', note: 'he said "hi"' },
    ]);
    expect(file.votes).toEqual([{ voterId: 'v;1', vote: ['L061', 'L132'], extra: {} }]);
  });

  it('keeps counting lines inside multi-line quoted fields', () => {
    const text = ['META', 'key;value', 'note;"a', 'b"', 'PROJECTS', 'project_id;cost', 'p1;oops'].join('\n');
    expect(() => parsePbFile(text)).toThrow('line 7: cost "oops" is not a number');
  });

  it('accepts an empty vote and trims ids', () => {
    const text = ['VOTES', 'voter_id;vote', 'a; p1 , p2 ', 'b;'].join('\n');
    expect(parsePbFile(text).votes.map((vote) => vote.vote)).toEqual([['p1', 'p2'], []]);
  });

  it.each([
    ['data before a section', 'key;value\nMETA', 'line 1: data before the first section'],
    ['no section at all', '', 'no META, PROJECTS or VOTES section'],
    ['PROJECTS without cost', 'PROJECTS\nproject_id;name', 'line 2: PROJECTS has no cost column'],
    ['VOTES without vote', 'VOTES\nvoter_id;points', 'line 2: VOTES has no vote column'],
    ['empty project id', 'PROJECTS\nproject_id;cost\n;5', 'line 3: empty project_id'],
    ['cost not a number', 'PROJECTS\nproject_id;cost\np1;5 euro', 'line 3: cost "5 euro" is not a number'],
    ['too many fields', 'PROJECTS\nproject_id;cost\np1;5;extra', 'line 3: 3 fields but the header has 2'],
    ['unterminated quote', 'PROJECTS\nproject_id;cost;name\np1;5;"open', 'line 3: unterminated quoted field'],
    ['points do not match the vote', 'VOTES\nvoter_id;vote;points\nv;p1,p2;3', 'line 3: 2 projects but 1 points'],
  ])('rejects %s', (_name, text, message) => {
    expect(() => parsePbFile(text)).toThrow(PbParseError);
    expect(() => parsePbFile(text)).toThrow(message);
  });
});

describe(parsePbNumber.name, () => {
  it.each<[string, number | undefined]>([
    ['42', 42],
    ['1234,56', 1234.56],
    ['1234.56', 1234.56],
    [' 7 ', 7],
    ['-3', -3],
    ['1e3', 1000],
    ['', undefined],
    ['1.234,56', undefined],
    ['12a', undefined],
    ['NaN', undefined],
  ])('%p → %p', (text, expected) => {
    expect(parsePbNumber(text)).toBe(expected);
  });
});

describe(writePbFile.name, () => {
  it('writes CRLF by default, LF on request, and reads back identically', () => {
    const crlf = writePbFile(EXPECTED);
    expect(crlf.startsWith('META\r\nkey;value\r\ndescription;Buurtbudget Test\r\n')).toBe(true);
    expect(crlf.endsWith('\r\n')).toBe(true);
    expect(data(parsePbFile(crlf))).toEqual(EXPECTED);
    const lf = writePbFile(EXPECTED, { lineEnding: '\n' });
    expect(lf.includes('\r')).toBe(false);
    expect(data(parsePbFile(lf))).toEqual(EXPECTED);
  });

  it('quotes only what needs quoting and writes numbers with a decimal point', () => {
    const text = writePbFile(EXPECTED, { lineEnding: '\n' });
    expect(text.split('\n')).toEqual([
      'META',
      'key;value',
      'description;Buurtbudget Test',
      'num_projects;2',
      'num_votes;3',
      'budget;1000,50',
      'vote_type;cumulative',
      'max_sum_points;5',
      'PROJECTS',
      'cost;project_id;votes;score;name;selected',
      '600.25;p1;2;6;Speeltuin;1',
      '400;p2;2;4;"Bankjes; groot en klein";0',
      'VOTES',
      'voter_id;vote;points;age',
      'v1;p1,p2;3,2;34',
      'v2;p1;3;',
      'v3;p2;2;71',
      '',
    ]);
  });

  it('sets num_projects and num_votes to the real counts and adds columns that hold data', () => {
    const file: PbFile = {
      meta: { vote_type: 'approval', budget: '5', num_votes: '99' },
      projectColumns: [],
      projects: [{ projectId: 'a', cost: 1, selected: 1, extra: { name: 'A' } }],
      voteColumns: [],
      votes: [],
    };
    const back = parsePbFile(writePbFile(file));
    expect(back.meta).toEqual({ vote_type: 'approval', budget: '5', num_votes: '0', num_projects: '1' });
    expect(back.projectColumns).toEqual(['project_id', 'cost', 'selected', 'name']);
    expect(back.voteColumns).toEqual(['voter_id', 'vote']);
    expect(back.projects).toEqual(file.projects);
  });

  it.each<[string, PbFile]>([
    ['no vote_type', { ...EXPECTED, meta: { budget: '1' } }],
    ['no budget', { ...EXPECTED, meta: { vote_type: 'approval' } }],
    ['a comma in a voted project id', { ...EXPECTED, votes: [{ voterId: 'v', vote: ['a,b'], extra: {} }] }],
    ['a non-finite cost', { ...EXPECTED, projects: [{ projectId: 'a', cost: Infinity, extra: {} }] }],
  ])('refuses to write a file with %s', (_name, file) => {
    expect(() => writePbFile(file)).toThrow(RangeError);
  });

  it('property: any file reads back identically (quotes, separators, line breaks, Unicode, decimals)', () => {
    const random = createSeededRandom('pb-round-trip');
    const alphabet = ['a', 'Z', '7', ' ', ';', '"', ',', '\n', '\r\n', 'ł', 'é', '😀', "'", '-'];
    const text = (max: number) =>
      Array.from({ length: Math.floor(random() * max) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    // Ids are trimmed by the reader and separated by commas in votes, so they avoid those.
    const id = (prefix: string, i: number) => `${prefix}${i}${random() < 0.5 ? 'ł"' : ';x'}`;
    for (let round = 0; round < 100; round++) {
      const projectIds = Array.from({ length: 1 + Math.floor(random() * 5) }, (_, i) => id('p', i));
      const withPoints = random() < 0.5;
      const file: PbFile = {
        meta: { description: text(12), vote_type: 'approval', budget: String(Math.floor(random() * 1e6)) },
        projectColumns: ['project_id', 'cost', 'name'],
        projects: projectIds.map((projectId) => ({
          projectId,
          cost: Math.round(random() * 1e7) / 100,
          votes: Math.floor(random() * 100),
          extra: { name: text(20) },
        })),
        voteColumns: withPoints ? ['voter_id', 'vote', 'points', 'note'] : ['voter_id', 'vote', 'note'],
        votes: Array.from({ length: Math.floor(random() * 6) }, (_, v) => {
          const vote = projectIds.filter(() => random() < 0.5);
          return {
            voterId: id('v', v),
            vote,
            ...(withPoints && vote.length > 0 ? { points: vote.map(() => 1 + Math.floor(random() * 5)) } : {}),
            extra: { note: text(8) },
          };
        }),
      };
      const expected = {
        ...file,
        meta: { ...file.meta, num_projects: String(file.projects.length), num_votes: String(file.votes.length) },
        projectColumns: ['project_id', 'cost', 'name', 'votes'],
      };
      const lineEnding = random() < 0.5 ? '\n' : '\r\n';
      expect(data(parsePbFile(writePbFile(file, { lineEnding })))).toEqual(expected);
    }
  });
});
