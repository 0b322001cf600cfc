import { useT } from '@/i18n/use-t';

/**
 * The one-click way out of any filtered list, said the same everywhere. Quiet beside the
 * controls; a full button in an empty list, where it is the thing to do next.
 */
export function ClearFiltersButton({
  onClear,
  quiet = false,
}: {
  onClear: () => void;
  quiet?: boolean;
}) {
  const { t } = useT();
  return (
    <button type="button" className={quiet ? 'button button--quiet' : 'button'} onClick={onClear}>
      {t('filters.clear')}
    </button>
  );
}
