import type { ViewId } from '@/registry/views';
import type { ViewModule } from './view-routes';

/**
 * Each view's slide layout: what it shows as a slide in the presenter, fitted to the screen
 * (see components/slide). The presenter shows the view itself where a view has none.
 */
export const SLIDE_CODE: Partial<Record<ViewId, () => ViewModule>> = {
  overview: () =>
    import('@/features/overview/overview-slide').then((m) => ({ default: m.OverviewSlide })),
  trade: () => import('@/features/trade/trade-slide').then((m) => ({ default: m.TradeSlide })),
  sectors: () =>
    import('@/features/sectors/sectors-slide').then((m) => ({ default: m.SectorsSlide })),
  sector: () => import('@/features/sectors/sector-slide').then((m) => ({ default: m.SectorSlide })),
  projects: () =>
    import('@/features/projects/projects-slide').then((m) => ({ default: m.ProjectsSlide })),
  project: () =>
    import('@/features/projects/project-slide').then((m) => ({ default: m.ProjectSlide })),
  agreements: () =>
    import('@/features/agreements/agreements-slide').then((m) => ({ default: m.AgreementsSlide })),
  agreement: () =>
    import('@/features/agreements/agreement-slide').then((m) => ({ default: m.AgreementSlide })),
  timeline: () =>
    import('@/features/timeline/timeline-slide').then((m) => ({ default: m.TimelineSlide })),
  map: () => import('@/features/map/map-slide').then((m) => ({ default: m.MapSlide })),
};
