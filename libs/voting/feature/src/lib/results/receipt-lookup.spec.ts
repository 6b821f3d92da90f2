import { csvFields, findReceipt, normalizeReceipt } from './receipt-lookup';

const csv = 'receipt,vote,points\r\nAB3CD-EF7GH,"p1,p2","3,1"\r\nZZ999-00000,p2,4\r\n';

describe('the receipt lookup', () => {
  it('reads quoted CSV fields', () => {
    expect(csvFields('A,"b,c","say ""hi"""')).toEqual(['A', 'b,c', 'say "hi"']);
  });

  it('finds a receipt typed in any case, with or without the dash, with the ballot it belongs to', () => {
    expect(normalizeReceipt(' ab3cd ef7gh ')).toBe('AB3CDEF7GH');
    expect(findReceipt(csv, 'ab3cdef7gh')).toEqual({ receipt: 'AB3CD-EF7GH', vote: ['p1', 'p2'], points: [3, 1] });
    expect(findReceipt(csv, 'ZZ999-00000')).toEqual({ receipt: 'ZZ999-00000', vote: ['p2'], points: [4] });
    expect(findReceipt('receipt,vote\r\nAAAAA-BBBBB,x\r\n', 'aaaaa-bbbbb')).toEqual({ receipt: 'AAAAA-BBBBB', vote: ['x'], points: null });
    // With the projects' names beside the ids (the file since names were added), with or without points.
    expect(findReceipt('receipt,vote,projects\r\nAAAAA-BBBBB,"x,y",Bankjes; Bomen\r\n', 'aaaaa-bbbbb')).toEqual({ receipt: 'AAAAA-BBBBB', vote: ['x', 'y'], points: null });
    expect(findReceipt('receipt,vote,points,projects\r\nAAAAA-BBBBB,x,5,Bankjes\r\n', 'aaaaa-bbbbb')).toEqual({ receipt: 'AAAAA-BBBBB', vote: ['x'], points: [5] });
  });

  it('finds nothing for a code that is not in the file, nor for an empty one', () => {
    expect(findReceipt(csv, 'AB3CD-EF7GX')).toBeNull();
    expect(findReceipt(csv, ' - ')).toBeNull();
    expect(findReceipt(csv, 'receipt')).toBeNull();
  });
});
