// The `catalog` root field, asked once per page: the explorer's pickers and the friendly
// column headers of every table come from it, never from names written here.
import { query, type Row } from "./api";
import type { Column } from "./table";

export interface CatalogField {
  name: string;
  /** Its value in `orderBy`. */
  field: string;
  type: string;
  label: string;
  enumValues?: string[];
  adminOnly?: boolean;
}
export interface CatalogCube {
  name: string;
  description: string;
  dimensions: CatalogField[];
  metrics: CatalogField[];
}

const CATALOG = `query Catalog {
  catalog {
    name description
    dimensions { name field type label enumValues adminOnly }
    metrics { name field type label }
  }
}`;

let asked: Promise<CatalogCube[]> | undefined;

export function catalog(): Promise<CatalogCube[]> {
  asked ??= query(CATALOG).then((data) => data.catalog as unknown as CatalogCube[]);
  return asked;
}

/** Columns for every key of the first row but the cache `id`, headed by the cube's catalog
 * labels (an alias such as `day` keeps its own name), knowing their `orderBy` value and
 * whether they are dimensions. */
export async function columnsFor(cube: string, rows: Row[]): Promise<Column[]> {
  const entry = (await catalog()).find((c) => c.name === cube);
  const fields = new Map<string, [CatalogField, boolean]>([
    ...(entry?.dimensions ?? []).map((f): [string, [CatalogField, boolean]] => [f.name, [f, true]]),
    ...(entry?.metrics ?? []).map((f): [string, [CatalogField, boolean]] => [f.name, [f, false]]),
  ]);
  const keys = Object.keys(rows[0] ?? {}).filter((key) => key !== "id");
  return keys.map((key) => {
    const [field, dimension] = fields.get(key) ?? [undefined, false];
    return { key, label: field?.label ?? key, sortField: field?.field, dimension };
  });
}
