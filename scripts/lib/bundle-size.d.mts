export interface BundleReport {
  firstViewKiB: number;
  firstFiles: string[];
  largestViewKiB: number;
  views: { view: string; kib: number }[];
  lazy: { file: string; kib: number }[];
}
export function firstViewBytes(dist?: string): BundleReport;
