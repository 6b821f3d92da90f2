import { PARTNER_KINDS, PartnerView } from '@wijkdeal/shared-contracts';
import { communityEn, communityNl } from '../community-texts';
import { groupPartners } from './partners-page';

describe('groupPartners', () => {
  it('groups partners by kind, in the fixed order, and leaves out empty kinds', () => {
    const partners: PartnerView[] = [
      { id: '1', slug: 'lefier', name: 'Lefier', kind: 'housing' },
      { id: '2', slug: 'wijkbewoners', name: 'Wijkbewoners', kind: 'residents' },
      { id: '3', slug: 'nijestee', name: 'Nijestee', kind: 'housing' },
    ];
    expect(groupPartners(partners)).toEqual([
      { kind: 'residents', partners: [partners[1]] },
      { kind: 'housing', partners: [partners[0], partners[2]] },
    ]);
  });
});

describe('communityTexts', () => {
  it('has the same keys in Dutch and English, and a label for every partner kind', () => {
    expect(Object.keys(communityEn).sort()).toEqual(Object.keys(communityNl).sort());
    for (const kind of PARTNER_KINDS) expect(Object.keys(communityNl)).toContain(`community.kind.${kind}`);
  });
});
