import { useT } from '@/i18n/use-t';

/** A quiet placeholder while data loads; announced politely, no spinner to distract a room. */
export function Loading({ label }: { label?: string }) {
  const { t } = useT();
  return (
    <p className="loading" role="status" aria-live="polite">
      {label ?? t('ui.loading')}
    </p>
  );
}
