import { describe, expect, it } from 'vitest';
import { caseParties } from '../../../src/export/case/report-case';

describe('the cover names each party once', () => {
  it('keeps the fuller name of a client the room names shortly, with the contract roles', () => {
    expect(caseParties([['Dana Whitfield, Whitfield Home Goods', 'client'], ['Priya Raman', 'freelancer']], ['Dana Whitfield', 'Priya Raman', 'Ethan Brooks', 'Dana Whitfield', 'Lena Kovacs'])).toEqual([
      'Dana Whitfield, Whitfield Home Goods (client)',
      'Priya Raman (freelancer)',
      'Ethan Brooks',
      'Lena Kovacs',
    ]);
  });

  it('keeps people who only share a company apart, ignores blanks, and takes a role the room lacked', () => {
    expect(caseParties([[null, 'client'], ['  ', 'freelancer']], ['Ann Lee, Acme', 'Bo Kim, Acme'])).toEqual(['Ann Lee, Acme', 'Bo Kim, Acme']);
    expect(caseParties([['ann lee', 'client']], ['Ann Lee, Acme'])).toEqual(['Ann Lee, Acme (client)']);
  });
});
