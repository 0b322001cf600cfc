import { describe, expect, it } from 'vitest';
import { textsFor } from '../../../tests/support/texts-for';
import { partyLabel, precisionNote } from './agreement-labels';

const { t } = await textsFor('en');

const names = { my: 'Malaysia', cn: 'China' };

describe('agreement labels', () => {
  it('names a party with its country, once', () => {
    expect(partyLabel({ name: 'Petronas', country: 'my' }, names, t)).toBe('Petronas (Malaysia)');
    expect(partyLabel({ name: 'China', country: 'cn' }, names, t)).toBe('China');
    expect(partyLabel({ name: 'ASEAN' }, names, t)).toBe('ASEAN');
    expect(partyLabel({ name: 'Temasek', country: 'sg' }, names, t)).toBe('Temasek (SG)');
  });

  it('says what a partial date leaves open', () => {
    expect(precisionNote('2017', t)).toBe('only the year is known');
    expect(precisionNote('2017-06', t)).toBe('the day is not known');
    expect(precisionNote('2017-06-24', t)).toBe('');
  });

  it('says it in Malay when given Malay texts', async () => {
    const malay = await textsFor('ms');
    expect(precisionNote('2017', malay.t)).toBe('hanya tahun diketahui');
    expect(precisionNote('2017-06', malay.t)).toBe('hari tidak diketahui');
  });
});
