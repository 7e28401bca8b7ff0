// The `catalog` root field, asked once per page: the explorer's pickers and the friendly
// column headers of every table come from it, never from names written here.
import { query, type Row } from "./api";
import type { Column } from "./table";

export interface CatalogField {
  name: string;
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
    dimensions { name type label enumValues adminOnly }
    metrics { name type label }
  }
}`;

let asked: Promise<CatalogCube[]> | undefined;

export function catalog(): Promise<CatalogCube[]> {
  asked ??= query(CATALOG).then((data) => data.catalog as unknown as CatalogCube[]);
  return asked;
}

/** Columns for every key of the first row, headed by the cube's catalog labels (an alias
 * such as `day` keeps its own name). */
export async function columnsFor(cube: string, rows: Row[]): Promise<Column[]> {
  const entry = (await catalog()).find((c) => c.name === cube);
  const fields = [...(entry?.dimensions ?? []), ...(entry?.metrics ?? [])];
  const label = new Map(fields.map((f) => [f.name, f.label]));
  return Object.keys(rows[0] ?? {}).map((key) => ({ key, label: label.get(key) ?? key }));
}
