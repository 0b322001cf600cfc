export function pathBelow(urlPath: string, folder: string): string | null;
export function fileInside(dir: string, rest: string): string | null;
export function staticFile(
  dir: string,
  prefix: string,
  urlPath: string,
): { file: string; type: string } | null;
