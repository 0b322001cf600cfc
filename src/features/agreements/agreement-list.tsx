import { Link } from 'react-router-dom';
import { RecordBadges } from '../../components/ui/record-badges';
import { agreementStatusLabel, agreementTypeLabel } from '../../data/labels';
import { recordFlags } from '../../data/record-flags';
import type { AgreementRecord } from '../../data/schema';
import { formatPartialDate } from '../../lib/format-date';
import { textOf } from '../../lib/text';
import { partyLabel } from './agreement-labels';
import type { AgreementRow } from './to-agreement-list';

interface Names {
  sectorNames: Record<string, string>;
  countryNames: Record<string, string>;
  recordLink: (id: string) => string;
}

/** The matching agreements in reading order, each package with its matching documents under it. */
export function AgreementList({ rows, ...names }: { rows: AgreementRow[] } & Names) {
  return (
    <ol className="agreement-list record-list">
      {rows.map((row) => (
        <AgreementItem key={row.record.id} record={row.record} level={2} names={names}>
          {row.partOf && (
            <p className="agreement-item__package">
              Part of <Link to={names.recordLink(row.partOf.id)}>{textOf(row.partOf.title)}</Link>
            </p>
          )}
          {row.documentTotal > 0 && (
            <p className="agreement-item__package">
              {/* "recorded": a package's title may count more documents than the pack has. */}
              Package: {row.documentTotal} document{row.documentTotal === 1 ? '' : 's'} recorded
              {row.documents.length < row.documentTotal &&
                `; ${row.documents.length === 0 ? 'none' : row.documents.length} in your selection`}
            </p>
          )}
          {row.documents.length > 0 && (
            <ol
              className="agreement-list__documents"
              aria-label={`Documents of ${textOf(row.record.title)}`}
            >
              {row.documents.map((doc) => (
                <AgreementItem key={doc.id} record={doc} level={3} names={names} />
              ))}
            </ol>
          )}
        </AgreementItem>
      ))}
    </ol>
  );
}

function AgreementItem({
  record,
  level,
  names,
  children,
}: {
  record: AgreementRecord;
  level: 2 | 3;
  names: Names;
  children?: React.ReactNode;
}) {
  const Heading = `h${level}` as const;
  const sectors = record.sectors.map((id) => names.sectorNames[id] ?? id);
  return (
    <li className="agreement-item">
      <Heading className="agreement-item__title">
        <Link to={names.recordLink(record.id)}>{textOf(record.title)}</Link>
      </Heading>
      <p className="agreement-item__meta">
        <time dateTime={record.date}>{formatPartialDate(record.date)}</time>
        <span className="agreement-item__type">{agreementTypeLabel(record.type)}</span>
        {record.status && record.status !== 'signed' && (
          <span className="agreement-item__status">{agreementStatusLabel(record.status)}</span>
        )}
        <RecordBadges flags={recordFlags(record)} />
      </p>
      <p className="agreement-item__parties">
        {record.parties.map((p) => partyLabel(p, names.countryNames)).join(' · ')}
        {sectors.length > 0 && (
          <span className="agreement-item__sectors"> — {sectors.join(', ')}</span>
        )}
      </p>
      {children}
    </li>
  );
}
