import { amsterdamInstant, buildStemweekRequest, postcodeLines, StemweekFormValues, stemweekProblemFrom } from './stemweek-request';

const values: StemweekFormValues = {
  titleNl: ' Stemweek najaar ',
  titleEn: '',
  introNl: '',
  introEn: '',
  opensDate: '2027-10-24',
  opensTime: '09:00',
  closesDate: '2027-10-31',
  closesTime: '02:30',
  method: 'points',
  maxChoices: 3,
  minChoices: null,
  points: 10,
  maxPerProject: 4,
  maxRanks: 3,
  rule: 'top-n',
  n: 10,
  tieBreak: 'lot',
  budget: null,
  channelAccount: true,
  channelCode: false,
  channelPaper: true,
  eligiblePostcodes: '9721 PE\n\n  9722 AA-9722 ZZ  \n',
  maxBallotsPerAddress: null,
};

describe('the new stemweek request', () => {
  it('turns Amsterdam wall-clock time into an instant with the offset of that day', () => {
    expect(amsterdamInstant('2027-07-01', '09:00')).toBe('2027-07-01T09:00:00+02:00');
    expect(amsterdamInstant('2027-12-01', '09:00')).toBe('2027-12-01T09:00:00+01:00');
    // 02:30 happens twice on the night summer time ends; the form means the first.
    expect(amsterdamInstant('2027-10-31', '02:30')).toBe('2027-10-31T02:30:00+02:00');
    expect(amsterdamInstant('2027-02-30', '09:00')).toBeNull();
    expect(amsterdamInstant('', '09:00')).toBeNull();
  });

  it('reads one postcode or range per line', () => {
    expect(postcodeLines(' 9721 PE \r\n\n9722 AA-9722 ZZ')).toEqual(['9721 PE', '9722 AA-9722 ZZ']);
  });

  it('builds the body of POST /api/stemweeks from the form', () => {
    const request = buildStemweekRequest(values, [
      { projectId: 'p1', cost: '' },
      { projectId: 'p2', cost: '2500,50' },
    ]);
    expect(request).toEqual({
      title: { nl: 'Stemweek najaar', en: '' },
      opensAt: '2027-10-24T09:00:00+02:00',
      closesAt: '2027-10-31T02:30:00+02:00',
      projects: [{ projectId: 'p1' }, { projectId: 'p2', cost: 2500.5 }],
      method: { kind: 'points', points: 10, maxPerProject: 4 },
      selection: { rule: 'top-n', n: 10, tieBreak: 'lot' },
      channels: ['account', 'paper'],
      eligiblePostcodes: ['9721 PE', '9722 AA-9722 ZZ'],
      maxBallotsPerAddress: null,
    });
    expect(buildStemweekRequest({ ...values, method: 'approval', minChoices: 2, rule: 'equal-shares', budget: 50000, introNl: 'Kies!' }, [])).toMatchObject({
      intro: { nl: 'Kies!', en: '' },
      method: { kind: 'approval', maxChoices: 3, minChoices: 2 },
      selection: { rule: 'equal-shares', budget: 50000 },
    });
  });

  it('puts API problems with projects and postcode lines beside the right field', () => {
    const request = buildStemweekRequest(values, [
      { projectId: 'p1', cost: '' },
      { projectId: 'p2', cost: '' },
    ]);
    const problem = stemweekProblemFrom(
      {
        status: 400,
        code: 'VALIDATION_FAILED',
        message: 'Kijk de velden na.',
        fields: { 'projects[1].cost': 'Vul de kosten in.', 'projects[0].projectId': 'Dit project kan niet.', 'eligiblePostcodes[1]': 'De reeks loopt achteruit.', opensAt: 'Te vroeg.' },
        other: [],
      },
      request,
      (line) => `Regel ${line}:`,
    );
    expect(problem.fields).toEqual({
      'projectCost:p2': 'Vul de kosten in.',
      'project:p1': 'Dit project kan niet.',
      eligiblePostcodes: 'Regel 2: De reeks loopt achteruit.',
      opensAt: 'Te vroeg.',
    });
  });
});
