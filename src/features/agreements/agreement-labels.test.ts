import { describe, expect, it } from 'vitest';
import { partyLabel, precisionNote } from './agreement-labels';

const names = { my: 'Malaysia', cn: 'China' };

describe('agreement labels', () => {
  it('names a party with its country, once', () => {
    expect(partyLabel({ name: 'Petronas', country: 'my' }, names)).toBe('Petronas (Malaysia)');
    expect(partyLabel({ name: 'China', country: 'cn' }, names)).toBe('China');
    expect(partyLabel({ name: 'ASEAN' }, names)).toBe('ASEAN');
    expect(partyLabel({ name: 'Temasek', country: 'sg' }, names)).toBe('Temasek (SG)');
  });

  it('says what a partial date leaves open', () => {
    expect(precisionNote('2017')).toBe('only the year is known');
    expect(precisionNote('2017-06')).toBe('the day is not known');
    expect(precisionNote('2017-06-24')).toBe('');
  });
});
