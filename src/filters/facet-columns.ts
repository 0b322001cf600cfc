/**
 * One facet's values for every record of a list, as small integers: record i has the codes
 * `values[offsets[i]] … values[offsets[i + 1] - 1]`, and `ids[code]` is the value in the URL.
 * Built once per records array, so that filtering is a pass over typed arrays, not objects.
 */
export interface FacetColumn {
  ids: string[];
  codes: ReadonlyMap<string, number>;
  offsets: Uint32Array;
  values: Uint32Array;
}

/** The column of the values `pick` gives each record; a value a record repeats counts once. */
export function facetColumn<R>(
  records: readonly R[],
  pick: (record: R) => Iterable<string | undefined>,
): FacetColumn {
  const ids: string[] = [];
  const codes = new Map<string, number>();
  const offsets = new Uint32Array(records.length + 1);
  const values: number[] = [];
  records.forEach((record, i) => {
    const start = values.length;
    for (const id of pick(record)) {
      if (!id) continue;
      let code = codes.get(id);
      if (code === undefined) codes.set(id, (code = ids.push(id) - 1));
      if (values.indexOf(code, start) < 0) values.push(code);
    }
    offsets[i + 1] = values.length;
  });
  return { ids, codes, offsets, values: Uint32Array.from(values) };
}
