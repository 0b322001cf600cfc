import { QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '@/data/pack-queries';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay, refetchOnWindowFocus: false },
    },
  });
}
