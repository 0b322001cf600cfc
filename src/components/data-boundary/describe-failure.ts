import { DataLoadError } from '@/data/load-error';
import { formatProblem } from '@/data/problems';
import { UnknownPackError } from '@/data/use-pack';
import type { Translate } from '@/i18n/message-id';

export interface FailureText {
  title: string;
  /** Worded as data:check words them, in English whatever the language. */
  problems: string[];
  hint: string;
  retry: boolean;
}

/** Turns any failure of a view into words a reader can act on, in the language of `t`. */
export function describeFailure(error: unknown, t: Translate): FailureText {
  if (error instanceof DataLoadError) {
    const invalid = error.kind === 'invalid';
    return {
      title: t(invalid ? 'ui.failure.invalidTitle' : 'ui.failure.loadTitle', { file: error.file }),
      problems: error.problems.map(formatProblem),
      hint: t(invalid ? 'ui.failure.invalidHint' : 'ui.failure.loadHint'),
      retry: true,
    };
  }
  if (error instanceof UnknownPackError) {
    return {
      title: t('ui.failure.unknownPackTitle', { pack: error.packId }),
      problems: [],
      hint: t('ui.failure.unknownPackHint', { packs: error.available.join(', ') }),
      retry: false,
    };
  }
  return {
    title: t('ui.failure.viewTitle'),
    problems: [error instanceof Error ? error.message : String(error)],
    hint: t('ui.failure.viewHint'),
    retry: true,
  };
}
