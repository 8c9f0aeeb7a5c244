// The template a department would write for a real published table (test/fixtures/real-tables),
// in format 2, and the figures of its sheet as the source types them: shared by the core test
// (test/core/real-tables.test.ts) and the command-line one (test/cli/real-table.test.ts).
import type { TemplateGrading } from "../../src/core/grading/grading-rules";
import type { InputRole } from "../../src/core/reading";
import type { SnapshotCell } from "../../src/core/snapshot";
import { cellOf, type RealTable } from "../fixtures/real-tables/load";

/** What each department's template states about grading, as its report practises it. */
const STATED: Readonly<Record<string, { readonly grading?: TemplateGrading; readonly indicators?: Readonly<Record<number, object>> }>> = {
  // Vượt / Đạt; "Xuất siêu" against a ceiling on the trade deficit is Vượt.
  "national-12-targets-2019": { indicators: { 3: { exceeding: ["Xuất siêu"] } } },
  // % kế hoạch năm each period, a judgement only at the year's end.
  "so-cong-thuong-thai-nguyen-2020-q1": { grading: { prorate: false } },
  "so-cong-thuong-thai-nguyen-2020-h1": { grading: { prorate: false } },
  "so-cong-thuong-thai-nguyen-2020-9m": { grading: { prorate: false } },
  // đạt và vượt / chưa đạt: 92,44 % is chưa đạt.
  "so-ldtbxh-quang-nam-2020": { grading: { bands: "three" } },
  // Vượt / Đạt / Không đạt: 104,8 % and 100,4 % are Đạt, 108 % Vượt; 90 % Không đạt.
  "thua-thien-hue-main-targets-2019": { grading: { bands: "three", exceededFrom: 1.05 } },
  // đạt và vượt / không đạt; GDP and exports are growth rates ("tăng khoảng 6,8%" is the rate 6,8).
  "national-12-targets-2020-sept-estimate": { grading: { bands: "three" }, indicators: { 0: { grading: { growth: "ratio" } }, 2: { grading: { growth: "ratio" } } } },
  "national-12-targets-2021-plan": { indicators: { 0: { grading: { growth: "ratio" } }, 4: { grading: { growth: "ratio" } } } },
  "thua-thien-hue-main-targets-2021-plan": { indicators: { 1: { grading: { growth: "ratio" } } } },
};

export const code = (row: number): string => `R${row}`;

/** The unit: the table's ĐVT column, else the last "(…)" of the name (Thừa Thiên Huế). */
function unitOf(table: RealTable, cells: readonly string[]): string {
  const column = table.columns.unit;
  if (column !== undefined) return cells[column].trim();
  const m = /\(([^()]*)\)\s*$/u.exec(cells[table.columns.name ?? 1]);
  return m === null ? "" : m[1];
}

/** The template file a department would write for this table, in format 2 (plain JSON, as a file holds it). */
export function templateJsonOf(table: RealTable): Record<string, unknown> {
  const stated = STATED[table.id] ?? {};
  const indicators = table.semantics.map((s) => {
    const cells = table.rows[s.row].cells;
    const unit = unitOf(table, cells);
    return {
      code: code(s.row), name: { vi: cells[table.columns.name ?? 1], en: cells[table.columns.name ?? 1] }, unit: { vi: unit, en: unit },
      kind: s.kind, direction: s.direction, numberType: "decimal", required: false, explanationRequired: false,
      ...(s.qualitative ? { qualitative: true } : {}),
      ...(stated.indicators?.[s.row] ?? {}),
    };
  });
  const json = {
    format: 2, id: table.id, version: "1.0.0", title: { vi: table.source.title, en: table.source.title },
    agency: { parent: "UBND", issuing: table.department.toUpperCase() }, place: "Việt Nam", reportType: table.reportType, nearThreshold: 0.9,
    ...(stated.grading === undefined ? {} : { grading: stated.grading }),
    sections: [{ code: "A", name: { vi: "Chỉ tiêu", en: "Indicators" }, indicators }], rules: [],
  };
  return json;
}

/** The sheet's figures by code and role, the source's cells as typed ("" is an empty cell). */
export function figuresOf(table: RealTable): Record<string, Partial<Record<InputRole, SnapshotCell>>> {
  const rows: Record<string, Partial<Record<InputRole, SnapshotCell>>> = {};
  for (const s of table.semantics) {
    const r = table.rows[s.row];
    const typed = (role: Parameters<typeof cellOf>[2]): SnapshotCell => {
      const v = cellOf(table, r, role);
      return v === undefined || v.trim() === "" ? null : v;
    };
    // For a year, the same period last year is last year's result (TH năm 2018).
    rows[code(s.row)] = { plan: typed("plan"), actual: typed("actual"), samePeriodLastYear: typed("samePeriodLastYear") ?? typed("previousYearActual") };
  }
  return rows;
}
