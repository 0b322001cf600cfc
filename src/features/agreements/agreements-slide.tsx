import { useMemo } from 'react';
import { FitList } from '@/components/slide/fit-list';
import { SlideFrame } from '@/components/slide/slide-frame';
import { PackText } from '@/components/ui/pack-text';
import { agreementStatusLabel, agreementTypeLabel } from '@/data/labels';
import { allSources } from '@/data/record-flags';
import { useCountryNames, usePackFile } from '@/data/use-pack';
import { describeFilters } from '@/filters/describe-filters';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { formatPartialDate } from '@/lib/format-date';
import { AGREEMENT_FILTER_SPEC } from '@/registry/filter-specs';
import type { AgreementRow } from './to-agreement-list';
import { useAgreementSelection } from './use-agreement-selection';
import './agreements-slide.css';

/**
 * The Agreements list as a slide: how many match, then as many rows as fit, one line each (date,
 * title, type), in the list's own order, then "and N more". The filters in words are in the
 * presenter's bar; the search box, sort, facets and downloads stay on the desk.
 */
export function AgreementsSlide() {
  const meta = usePackFile('pack.json');
  const countryNames = useCountryNames();
  const { filters, vocabularies, words, list } = useAgreementSelection();
  const { t, locale } = useT();
  // The sources of every record the slide stands for, its packages' documents included, each
  // once (allSources drops repeats), so that "N sources" counts what the overlay lists.
  const sources = useMemo(
    () =>
      allSources({
        sources: list.rows.flatMap((row) => [row.record, ...row.documents]).flatMap(allSources),
      }),
    [list.rows],
  );
  return (
    <SlideFrame sources={sources} sideNames={countryNames} asOf={meta.asOf}>
      <p className="agreements-slide__count">
        {t('agreements.count', { shown: formatNumber(list.matched, locale), total: list.total })}
      </p>
      {list.matched === 0 ? (
        <p>
          {t(
            describeFilters(AGREEMENT_FILTER_SPEC, filters, vocabularies, words).length > 1
              ? 'agreements.empty.many'
              : 'agreements.empty.one',
          )}
        </p>
      ) : (
        <FitList
          className="agreements-slide__list"
          items={list.rows}
          keyOf={(row) => row.record.id}
          render={(row) => <AgreementLine row={row} />}
        />
      )}
    </SlideFrame>
  );
}

/**
 * One line: a package's matching documents are counted on its line rather than listed, so that
 * a visit with 14 documents does not fill the slide.
 */
function AgreementLine({ row }: { row: AgreementRow }) {
  const { t, locale } = useT();
  const { record, documents } = row;
  const kind = [
    agreementTypeLabel(record.type, t),
    ...(record.status && record.status !== 'signed'
      ? [agreementStatusLabel(record.status, t)]
      : []),
    ...(documents.length > 0 ? [t('agreements.slide.documents', { count: documents.length })] : []),
  ].join(' · ');
  return (
    <div className="agreements-slide__line">
      <time dateTime={record.date}>{formatPartialDate(record.date, locale)}</time>
      <PackText className="agreements-slide__title" value={record.title} />
      <span className="agreements-slide__type">{kind}</span>
    </div>
  );
}
