import { Badge } from './badge';

interface Flags {
  disputed: boolean;
  unverified: boolean;
  approximateLocation: boolean;
  lowerReliability: boolean;
}

/** The honesty marks of a record, in words. */
export function RecordBadges({ flags }: { flags: Flags }) {
  if (!flags.disputed && !flags.unverified && !flags.approximateLocation && !flags.lowerReliability)
    return null;
  return (
    <span className="record-badges">
      {flags.disputed && (
        <Badge
          tone="warn"
          title="Sources give different figures or facts; all are shown on the page"
        >
          Disputed
        </Badge>
      )}
      {flags.unverified && (
        <Badge tone="warn" title="Part of this record could not be verified">
          Unverified
        </Badge>
      )}
      {flags.approximateLocation && (
        <Badge tone="info" title="Map position is the town's approximate location">
          Approximate location
        </Badge>
      )}
      {flags.lowerReliability && (
        <Badge tone="info" title="Cites a blog, aggregator or mirror">
          Weaker source
        </Badge>
      )}
    </span>
  );
}
