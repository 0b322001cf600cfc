import { useT } from '@/i18n/use-t';
import { Badge } from './badge';

interface Flags {
  disputed: boolean;
  unverified: boolean;
  approximateLocation: boolean;
  lowerReliability: boolean;
}

/** The honesty marks of a record, in words. */
export function RecordBadges({ flags }: { flags: Flags }) {
  const { t } = useT();
  if (!flags.disputed && !flags.unverified && !flags.approximateLocation && !flags.lowerReliability)
    return null;
  return (
    <span className="record-badges">
      {flags.disputed && (
        <Badge tone="warn" title={t('shared.badges.disputedTitle')}>
          {t('shared.badges.disputed')}
        </Badge>
      )}
      {flags.unverified && (
        <Badge tone="warn" title={t('shared.badges.unverifiedTitle')}>
          {t('shared.badges.unverified')}
        </Badge>
      )}
      {flags.approximateLocation && (
        <Badge tone="info" title={t('shared.badges.approximateLocationTitle')}>
          {t('shared.badges.approximateLocation')}
        </Badge>
      )}
      {flags.lowerReliability && (
        <Badge tone="info" title={t('shared.badges.lowerReliabilityTitle')}>
          {t('shared.badges.lowerReliability')}
        </Badge>
      )}
    </span>
  );
}
