import { Link, useLocation } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { ViewHeader } from '../../components/ui/view-header';
import { AGREEMENT_TYPE_LABELS } from '../../data/labels';
import { usePackFile } from '../../data/use-pack';
import { formatPartialDate } from '../../lib/format-date';
import { comparePartialDates } from '../../lib/partial-date';
import { textOf } from '../../lib/text';

export function AgreementsView() {
  const location = useLocation();
  const meta = usePackFile('pack.json');
  const { agreements } = usePackFile('agreements.json');
  const sorted = [...agreements].sort((a, b) => comparePartialDates(b.date, a.date));
  return (
    <>
      <ViewHeader title="Agreements" asOf={meta.asOf}>
        <p className="result-count" role="status">
          {agreements.length} agreements
        </p>
      </ViewHeader>
      <ol className="record-list">
        {sorted.map((a) => (
          <li key={a.id}>
            <time dateTime={a.date}>{formatPartialDate(a.date)}</time>
            <span className="record-list__type">{AGREEMENT_TYPE_LABELS[a.type]}</span>
            <Link to={linkTo(`/agreements/${a.id}`, location.search)}>{textOf(a.title)}</Link>
            <span className="record-list__parties">{a.parties.map((p) => p.name).join(' – ')}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
