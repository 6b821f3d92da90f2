export const PARTNER_KINDS = ['residents', 'municipality', 'welfare', 'education', 'business', 'housing', 'care', 'culture', 'energy', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export interface PartnerView {
  id: string;
  slug: string;
  name: string;
  kind: PartnerKind;
}
