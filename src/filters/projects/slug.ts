/**
 * A URL id for a free-text name such as a state ("Kuala Lumpur" → "kuala-lumpur"): accents
 * dropped, letters and digits of any script kept, everything else one hyphen.
 */
export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
