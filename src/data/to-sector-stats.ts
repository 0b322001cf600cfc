import type { ProjectRecord, ProjectStatusId, SectorRecord } from './schema';
import { textOf } from '@/lib/text';

/** How many projects a sector has; sub-projects are projects too and are counted. */
export interface SectorCount {
  id: string;
  name: string;
  projects: number;
  /** Of `projects`, how many are sub-projects of another project. */
  subProjects: number;
  facts: number;
}

/**
 * Projects per sector, most first (ties by name). A project in two sectors counts in both, so the
 * counts are not meant to be added up.
 */
export function toSectorCounts(sectors: SectorRecord[], projects: ProjectRecord[]): SectorCount[] {
  return sectors
    .map((sector) => {
      const inSector = projects.filter((p) => p.sectors.includes(sector.id));
      return {
        id: sector.id,
        name: textOf(sector.name),
        projects: inSector.length,
        subProjects: inSector.filter((p) => p.parent).length,
        facts: sector.facts.length,
      };
    })
    .sort((a, b) => b.projects - a.projects || a.name.localeCompare(b.name));
}

/** One project's main figure as counted in a sector's bar. */
interface CountedProject {
  id: string;
  name: string;
  amount: number;
  status: ProjectStatusId;
  approximate: boolean;
  /** Other sources give other figures; the main one is counted. */
  disputed: boolean;
}

interface SectorValueBar {
  id: string;
  name: string;
  /** Sum of the main figures of the sector's top-level projects in this currency. */
  amount: number;
  projects: CountedProject[];
}

/** Value per sector in one currency: amounts in different currencies never meet. */
export interface CurrencyPanel {
  currency: string;
  sectors: SectorValueBar[];
  /** Distinct projects counted in this currency (a project in two sectors is one project). */
  projectCount: number;
}

export interface SectorValues {
  panels: CurrencyPanel[];
  /** Top-level projects with no disclosed value: not in any bar. */
  withoutValue: { id: string; name: string }[];
  /** Sub-projects are left out: their parent's figure already covers them. */
  subProjects: number;
}

/**
 * Value per sector per currency. Each bar sums the main figures of the top-level projects of one
 * sector in one currency; sub-projects are left out so that nothing is counted twice, and
 * figures in different currencies are never added or converted.
 */
export function toSectorValues(sectors: SectorRecord[], projects: ProjectRecord[]): SectorValues {
  const topLevel = projects.filter((p) => !p.parent);
  const valued = topLevel.filter((p) => p.value);
  const currencies = new Map<string, ProjectRecord[]>();
  for (const project of valued) {
    const currency = project.value!.main.currency;
    currencies.set(currency, [...(currencies.get(currency) ?? []), project]);
  }
  const panels = [...currencies].map(([currency, inCurrency]) => ({
    currency,
    projectCount: inCurrency.length,
    sectors: sectors
      .map((sector) => {
        const counted = inCurrency
          .filter((p) => p.sectors.includes(sector.id))
          .map(toCounted)
          .sort((a, b) => b.amount - a.amount);
        return {
          id: sector.id,
          name: textOf(sector.name),
          amount: counted.reduce((sum, p) => sum + p.amount, 0),
          projects: counted,
        };
      })
      .filter((bar) => bar.projects.length > 0)
      .sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name)),
  }));
  panels.sort((a, b) => b.projectCount - a.projectCount || a.currency.localeCompare(b.currency));
  return {
    panels,
    withoutValue: topLevel.filter((p) => !p.value).map((p) => ({ id: p.id, name: textOf(p.name) })),
    subProjects: projects.length - topLevel.length,
  };
}

function toCounted(project: ProjectRecord): CountedProject {
  const value = project.value!;
  return {
    id: project.id,
    name: textOf(project.name),
    amount: value.main.amount,
    status: project.status,
    approximate: value.main.approximate === true,
    disputed: (value.alternatives?.length ?? 0) > 0,
  };
}
