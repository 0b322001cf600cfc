export function pathBelow(urlPath: string, folder: string): string | null;
export function fileInside(dir: string, rest: string): string | null;
