import type { Problem } from './problems';

/**
 * Why a data file could not be used. `problems` are worded exactly as `npm run data:check`
 * words them, so a curator sees the same message in the app and on the command line. The
 * message is for the console, in English; readers see the failure worded by describeFailure.
 */
export class DataLoadError extends Error {
  /**
   * The query that failed, set by the data layer's queries: every part of the page showing this
   * failure can then recover as soon as that query succeeds again (a Retry elsewhere).
   */
  queryKey?: readonly unknown[];

  constructor(
    readonly file: string,
    readonly kind: 'http' | 'network' | 'invalid',
    readonly problems: Problem[],
    readonly status?: number,
  ) {
    super(problems[0]?.message ?? `${file} could not be loaded`);
    this.name = 'DataLoadError';
  }

  /** Worth another try: the server or the network may recover; a bad file will not. */
  get retryable(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}
