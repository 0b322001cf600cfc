type KeyAttribute = 'data-item-key' | 'data-list-key';

/**
 * The element of an item (on the axis, or its line in the list) by its key, compared as text
 * rather than put in a selector: the key can come from the URL (`item=`), and a quote, bracket or
 * line break there would make `querySelector` throw.
 */
export function findByKey(
  root: ParentNode | null | undefined,
  attribute: KeyAttribute,
  key: string,
): HTMLElement | null {
  for (const element of root?.querySelectorAll<HTMLElement>(`[${attribute}]`) ?? [])
    if (element.getAttribute(attribute) === key) return element;
  return null;
}
