// Worksheet protection, freeze panes and page layout over ExcelJS's sheet model.
import type ExcelJS from "exceljs";
import { boxAddress, MAX_COLUMNS, MAX_ROWS, parseAddress, type Box } from "../a1";
import { fail } from "../errors";
import type { Session } from "../session";
import { ServerObject, readOnly, readWrite, type MemberTable } from "./base";
import { HeaderFooterGroup } from "./headers-footers";
import { Range } from "./range";
import { isProtected } from "./sheet-ops";

type Protected = ExcelJS.Worksheet & { sheetProtection?: Record<string, unknown> | null };

/** Protection options Office.js names, and the OOXML attributes ExcelJS writes for them (true = allowed). */
const OPTION_ATTRIBUTES: Record<string, string> = {
  allowFormatCells: "formatCells",
  allowFormatColumns: "formatColumns",
  allowFormatRows: "formatRows",
  allowInsertColumns: "insertColumns",
  allowInsertRows: "insertRows",
  allowInsertHyperlinks: "insertHyperlinks",
  allowDeleteColumns: "deleteColumns",
  allowDeleteRows: "deleteRows",
  allowSort: "sort",
  allowAutoFilter: "autoFilter",
  allowPivotTables: "pivotTables",
};


/** WorksheetProtectionOptions as the sheet holds them (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions). */
export const protectionOptions = (ws: ExcelJS.Worksheet): Record<string, boolean | string> => {
  const p = (ws as Protected).sheetProtection ?? {};
  const out: Record<string, boolean | string> = {
    allowEditObjects: p.objects !== false,
    allowEditScenarios: p.scenarios !== false,
    selectionMode: p.selectUnlockedCells === false ? "None" : p.selectLockedCells === false ? "Unlocked" : "Normal",
  };
  for (const [name, attr] of Object.entries(OPTION_ATTRIBUTES)) out[name] = Boolean(p[attr]);
  return out;
};

export class WorksheetProtection extends ServerObject {
  readonly className = "WorksheetProtection";
  constructor(session: Session, readonly ws: ExcelJS.Worksheet) {
    super(session);
  }
  protected members(): MemberTable {
    const ws = this.ws as Protected;
    return {
      props: {
        Protected: readOnly(() => isProtected(ws)),
        Options: readOnly(() => protectionOptions(ws)),
      },
      methods: {
        Protect: ([options, password]) => {
          if (isProtected(ws)) fail("InvalidOperation", "The worksheet is already protected.");
          if (password) fail("NotImplemented", "The stand-in host does not hash sheet passwords; protect without one.");
          const opts = (options ?? {}) as Record<string, unknown>;
          // ExcelJS's model says what is allowed; objects/scenarios false are written objects="1"
          // and scenarios="1" (protected), as Excel writes them unless edit objects/scenarios is allowed.
          const model: Record<string, unknown> = { sheet: true };
          if (opts.allowEditObjects !== true) model.objects = false;
          if (opts.allowEditScenarios !== true) model.scenarios = false;
          if (opts.selectionMode === "Unlocked" || opts.selectionMode === "None") model.selectLockedCells = false;
          if (opts.selectionMode === "None") model.selectUnlockedCells = false;
          for (const [name, attr] of Object.entries(OPTION_ATTRIBUTES)) if (opts[name] === true) model[attr] = true;
          ws.sheetProtection = model;
        },
        Unprotect: () => {
          if (this.session.strictUnprotect && !isProtected(ws)) fail("AccessDenied", "The worksheet is not protected.");
          ws.sheetProtection = null;
        },
      },
    };
  }
}

const frozenView = (ws: ExcelJS.Worksheet): { xSplit: number; ySplit: number } => {
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  return view?.state === "frozen" ? { xSplit: view.xSplit ?? 0, ySplit: view.ySplit ?? 0 } : { xSplit: 0, ySplit: 0 };
};

export class FreezePanes extends ServerObject {
  readonly className = "WorksheetFreezePanes";
  constructor(session: Session, readonly ws: ExcelJS.Worksheet) {
    super(session);
  }
  private freeze(rows: number, columns: number): void {
    const base = (this.ws.views?.[0] ?? {}) as Record<string, unknown>;
    const topLeftCell = boxAddress({ top: rows, left: columns, bottom: rows, right: columns });
    this.ws.views = [{ ...base, state: "frozen", xSplit: columns, ySplit: rows, topLeftCell } as ExcelJS.WorksheetView];
  }
  protected members(): MemberTable {
    const ws = this.ws;
    const location = (): Range | null => {
      const { xSplit, ySplit } = frozenView(ws);
      if (!xSplit && !ySplit) return null;
      // The frozen cells: whole rows when only rows are frozen, whole columns when only columns are.
      const box: Box = {
        top: 0,
        left: 0,
        bottom: ySplit ? ySplit - 1 : MAX_ROWS - 1,
        right: xSplit ? xSplit - 1 : MAX_COLUMNS - 1,
      };
      return new Range(this.session, ws, box);
    };
    return {
      methods: {
        FreezeRows: ([count = 1]) => this.freeze(Number(count), 0),
        FreezeColumns: ([count = 1]) => this.freeze(0, Number(count)),
        FreezeAt: ([at]) => {
          const box = at instanceof Range ? at.box : parseAddress(String(at)).box;
          this.freeze(box.bottom + 1, box.right + 1);
        },
        Unfreeze: () => {
          ws.views = [{ ...((ws.views?.[0] ?? {}) as object), state: "normal" } as ExcelJS.WorksheetView];
        },
        GetLocation: () => location() ?? fail("ItemNotFound", "The worksheet has no frozen panes."),
        GetLocationOrNullObject: () => location(),
      },
    };
  }
}

const PAPER: Record<string, number> = { Letter: 1, LetterSmall: 2, Tabloid: 3, Ledger: 4, Legal: 5, Statement: 6, Executive: 7, A3: 8, A4: 9, A4Small: 10, A5: 11, B4: 12, B5: 13 };
const POINTS_PER_INCH = 72;

export class PageLayout extends ServerObject {
  readonly className = "PageLayout";
  constructor(session: Session, readonly ws: ExcelJS.Worksheet) {
    super(session);
  }
  protected members(): MemberTable {
    const ws = this.ws;
    const setup = ws.pageSetup;
    const margin = (side: "left" | "right" | "top" | "bottom" | "header" | "footer", fallback: number) =>
      readWrite(
        () => Math.round((setup.margins?.[side] ?? fallback) * POINTS_PER_INCH * 100) / 100,
        (v) => {
          const defaults = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
          setup.margins = { ...defaults, ...(setup.margins ?? {}), [side]: Number(v) / POINTS_PER_INCH };
        },
      );
    return {
      props: {
        Orientation: readWrite(() => (setup.orientation === "landscape" ? "Landscape" : "Portrait"), (v) => {
          setup.orientation = v === "Landscape" ? "landscape" : "portrait";
        }),
        PaperSize: readWrite(
          () => Object.keys(PAPER).find((k) => PAPER[k] === (setup.paperSize ?? 1)) ?? "Letter",
          (v) => {
            setup.paperSize = (PAPER[String(v)] ?? fail("InvalidArgument", `The paper size '${String(v)}' is not served.`)) as ExcelJS.PageSetup["paperSize"];
          },
        ),
        LeftMargin: margin("left", 0.7),
        RightMargin: margin("right", 0.7),
        TopMargin: margin("top", 0.75),
        BottomMargin: margin("bottom", 0.75),
        HeaderMargin: margin("header", 0.3),
        FooterMargin: margin("footer", 0.3),
        CenterHorizontally: readWrite(() => Boolean(setup.horizontalCentered), (v) => {
          setup.horizontalCentered = Boolean(v);
        }),
        CenterVertically: readWrite(() => Boolean(setup.verticalCentered), (v) => {
          setup.verticalCentered = Boolean(v);
        }),
        BlackAndWhite: readWrite(() => Boolean(setup.blackAndWhite), (v) => {
          setup.blackAndWhite = Boolean(v);
        }),
        PrintGridlines: readWrite(() => Boolean(setup.showGridLines), (v) => {
          setup.showGridLines = Boolean(v);
        }),
        PrintOrder: readWrite(() => (setup.pageOrder === "overThenDown" ? "OverThenDown" : "DownThenOver"), (v) => {
          setup.pageOrder = v === "OverThenDown" ? "overThenDown" : "downThenOver";
        }),
        Zoom: readWrite(
          () => (setup.fitToPage ? { horizontalFitToPages: setup.fitToWidth, verticalFitToPages: setup.fitToHeight } : { scale: setup.scale ?? 100 }),
          (v) => {
            const z = (v ?? {}) as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
            if (z.scale !== undefined) Object.assign(setup, { fitToPage: false, scale: z.scale });
            else Object.assign(setup, { fitToPage: true, fitToWidth: z.horizontalFitToPages ?? 1, fitToHeight: z.verticalFitToPages ?? 0 });
          },
        ),
      },
      navs: {
        HeadersFooters: () => new HeaderFooterGroup(this.session, ws),
      },
      methods: {
        SetPrintTitleRows: ([address]) => {
          const box = address instanceof Range ? address.box : parseAddress(String(address)).box;
          setup.printTitlesRow = `${box.top + 1}:${box.bottom + 1}`;
        },
        SetPrintTitleColumns: ([address]) => {
          const box = address instanceof Range ? address.box : parseAddress(String(address)).box;
          setup.printTitlesColumn = `${boxAddress(box).replace(/\d+/g, "").split(":").join(":")}`;
        },
        GetPrintTitleRowsOrNullObject: () => (setup.printTitlesRow ? new Range(this.session, ws, parseAddress(setup.printTitlesRow).box) : null),
        SetPrintArea: ([address]) => {
          const box = address instanceof Range ? address.box : parseAddress(String(address)).box;
          setup.printArea = boxAddress(box);
        },
      },
    };
  }
}
