import { Link } from 'react-router-dom';
import { PackText, usePackText } from '@/components/ui/pack-text';
import { RecordBadges } from '@/components/ui/record-badges';
import { fillSlot, joinNodes, SLOT } from '@/components/ui/slot';
import { agreementStatusLabel, agreementTypeLabel } from '@/data/labels';
import { recordFlags } from '@/data/record-flags';
import type { AgreementRecord } from '@/data/schema';
import { useT } from '@/i18n/use-t';
import { formatPartialDate } from '@/lib/format-date';
import type { TextValue } from '@/lib/text';
import { partyLabel } from './agreement-labels';
import type { AgreementRow } from './to-agreement-list';

interface Names {
  sectorNames: ReadonlyMap<string, TextValue>;
  countryNames: Record<string, string>;
  recordLink: (id: string) => string;
}

/** The matching agreements in reading order, each package with its matching documents under it. */
export function AgreementList({ rows, ...names }: { rows: AgreementRow[] } & Names) {
  const { t } = useT();
  const { text } = usePackText();
  return (
    <ol className="agreement-list record-list">
      {rows.map((row) => (
        <AgreementItem key={row.record.id} record={row.record} level={2} names={names}>
          {row.partOf && <PartOf record={row.partOf} link={names.recordLink(row.partOf.id)} />}
          {row.documentTotal > 0 && (
            <p className="agreement-item__package">
              {/* "recorded": a package's title may count more documents than the pack has. */}
              {row.documents.length < row.documentTotal
                ? t('agreements.list.packageInSelection', {
                    total: row.documentTotal,
                    shown: row.documents.length,
                  })
                : t('agreements.list.package', { total: row.documentTotal })}
            </p>
          )}
          {row.documents.length > 0 && (
            <ol
              className="agreement-list__documents"
              aria-label={t('agreements.list.documentsOf', { title: text(row.record.title) })}
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

/** "Part of <package>", the package a link, wherever the language puts it in the sentence. */
function PartOf({ record, link }: { record: AgreementRecord; link: string }) {
  const { t } = useT();
  const { text, langOf } = usePackText();
  return (
    <p className="agreement-item__package">
      {fillSlot(
        t('agreements.list.partOf', { package: SLOT }),
        <Link to={link} lang={langOf(record.title)}>
          {text(record.title)}
        </Link>,
      )}
    </p>
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
  const { t, locale } = useT();
  const { text, langOf } = usePackText();
  const Heading = `h${level}` as const;
  return (
    <li className="agreement-item">
      <Heading className="agreement-item__title">
        <Link to={names.recordLink(record.id)} lang={langOf(record.title)}>
          {text(record.title)}
        </Link>
      </Heading>
      <p className="agreement-item__meta">
        <time dateTime={record.date}>{formatPartialDate(record.date, locale)}</time>
        <span className="agreement-item__type">{agreementTypeLabel(record.type, t)}</span>
        {record.status && record.status !== 'signed' && (
          <span className="agreement-item__status">{agreementStatusLabel(record.status, t)}</span>
        )}
        <RecordBadges flags={recordFlags(record)} />
      </p>
      <p className="agreement-item__parties">
        {record.parties.map((p) => partyLabel(p, names.countryNames, t)).join(' · ')}
        {record.sectors.length > 0 && (
          <span className="agreement-item__sectors">
            {' — '}
            {joinNodes(
              record.sectors.map((id) =>
                names.sectorNames.has(id) ? <PackText value={names.sectorNames.get(id)} /> : id,
              ),
              locale,
            )}
          </span>
        )}
      </p>
      {children}
    </li>
  );
}
