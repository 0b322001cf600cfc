import { describe, expect, it } from 'vitest';
import { loadPackFromDisk } from '../../../tests/support/load-pack';
import { defaultsOf } from '@/filters/url-state';
import { AGREEMENT_FILTER_SPEC } from '@/registry/filter-specs';
import type { AgreementFilters } from './agreement-filters';
import { toAgreementExport } from './to-agreement-export';
import { indexAgreements, toAgreementList } from './to-agreement-list';

const pack = loadPackFromDisk('data/malaysia-china');
const index = indexAgreements(pack['agreements.json'].agreements);
const f = (change: Partial<AgreementFilters>) => ({
  ...defaultsOf(AGREEMENT_FILTER_SPEC),
  ...change,
});

describe('agreement export', () => {
  it('follows the reading order of the list: each row, then its documents', () => {
    const list = toAgreementList(index, f({ sort: 'oldest' }));
    const items = toAgreementExport(list.rows, {});
    expect(items.map((i) => i.fields.id)).toEqual(list.order);
    expect(items.length).toBe(list.matched);
    const nested = list.rows.find((r) => r.documents.length > 0);
    if (nested) {
      const doc = items.find((i) => i.fields.id === nested.documents[0]!.id)!;
      expect(doc.fields.part_of).toBe(nested.record.id);
    }
  });

  it('has only what the filters keep', () => {
    const list = toAgreementList(index, f({ type: ['mou'], sort: 'title' }));
    const items = toAgreementExport(list.rows, {});
    expect(items.length).toBe(list.matched);
    expect(items.every((i) => i.fields.type === 'MoU')).toBe(true);
    expect(items.every((i) => i.sources.length > 0)).toBe(true);
  });
});
