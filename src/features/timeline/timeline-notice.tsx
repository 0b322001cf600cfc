import type { OptionalFile } from './use-optional-pack-file';

/**
 * Says that a part of the timeline is missing and why, in data:check's words, while the rest
 * shows: "Project milestones could not be loaded: malaysia-china/projects.json › $: …".
 */
export function TimelineNotice({ what, file }: { what: string; file: OptionalFile<unknown> }) {
  if (file.pending)
    return (
      <p className="tl-notice" role="status">
        Loading {what.toLowerCase()}…
      </p>
    );
  if (file.problems.length === 0) return null;
  const shown = file.problems.slice(0, 3);
  return (
    <div className="tl-notice tl-notice--problem" role="status">
      <p>
        <span aria-hidden="true">⚠ </span>
        {what} could not be loaded: <code>{shown[0]}</code>
      </p>
      {shown.length > 1 && (
        <ul>
          {shown.slice(1).map((line) => (
            <li key={line}>
              <code>{line}</code>
            </li>
          ))}
        </ul>
      )}
      {file.problems.length > shown.length && (
        <p>…and {file.problems.length - shown.length} more (npm run data:check lists them all).</p>
      )}
      <p>
        The rest of the timeline is shown.{' '}
        <button type="button" className="button button--quiet" onClick={file.retry}>
          Retry
        </button>
      </p>
    </div>
  );
}
