import { useState } from 'react';

interface DraftState {
  /** What the field shows. */
  draft: string;
  /** The URL's value when last seen. */
  url: string;
  /** Values written to the URL that it has not shown yet, oldest first. */
  pending: string[];
}

/**
 * What the reader is typing into a field whose committed value lives in the URL (search, years).
 * Typing stays local and smooth; the URL gets the committed value. The URL catches up a little
 * later, one value at a time, so a value this field wrote is never mistaken for an outside change.
 * When the URL changes for another reason (back / forward, "Clear filters", a link), the field
 * takes the URL's value.
 */
export function useUrlDraft(urlValue: string) {
  const [state, setState] = useState<DraftState>({ draft: urlValue, url: urlValue, pending: [] });
  let draft = state.draft;
  if (state.url !== urlValue) {
    // Adjusting state while rendering: React's pattern for "reset when a prop changes".
    const ours = state.pending.indexOf(urlValue);
    if (ours >= 0) setState({ ...state, url: urlValue, pending: state.pending.slice(ours + 1) });
    else {
      draft = urlValue;
      setState({ draft: urlValue, url: urlValue, pending: [] });
    }
  }
  /** Records what the field shows and the value it writes (or keeps) in the URL. */
  const update = (nextDraft: string, committed: string) =>
    setState((current) => {
      const latest = current.pending.at(-1) ?? current.url;
      const pending =
        committed === latest ? current.pending : [...current.pending, committed].slice(-50);
      return { ...current, draft: nextDraft, pending };
    });
  return [draft, update] as const;
}
