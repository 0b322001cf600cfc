import { useMediaQuery } from './use-media-query';

/** True beside a desktop-width window; where media queries are unknown (tests), assume wide. */
export function useWideScreen(): boolean {
  return useMediaQuery('(min-width: 56rem)', true);
}
