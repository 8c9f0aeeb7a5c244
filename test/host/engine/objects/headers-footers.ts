// PageLayout.headersFooters (ExcelApi 1.9) over ExcelJS's worksheet.headerFooter, so what the
// add-in sets reaches the saved file as OOXML <headerFooter> (LibreOffice and Excel print it).
import type ExcelJS from "exceljs";
import { fail } from "../errors";
import type { Session } from "../session";
import { ServerObject, readWrite, type MemberTable } from "./base";

type Slot = "odd" | "even" | "first";
type Section = "left" | "center" | "right";
type Sections = Record<Section, string>;

const CODE_OF: Readonly<Record<Section, string>> = { left: "&L", center: "&C", right: "&R" };

/**
 * Splits Excel's one-string header ("&LDraft&C&P&R2020") into its three sections. "&&" is a
 * literal ampersand and other codes (&P, &N, &"font"…) stay in their section; text before any
 * section code is centred, as Excel reads it.
 */
export function splitSections(text: string): Sections {
  const out: Sections = { left: "", center: "", right: "" };
  let section: Section = "center";
  for (let i = 0; i < text.length; i += 1) {
    const next = text[i + 1];
    if (text[i] === "&" && (next === "L" || next === "C" || next === "R")) {
      section = next === "L" ? "left" : next === "C" ? "center" : "right";
      i += 1;
    } else if (text[i] === "&" && next !== undefined) {
      out[section] += text[i] + next;
      i += 1;
    } else {
      out[section] += text[i];
    }
  }
  return out;
}

export const joinSections = (s: Sections): string =>
  (["left", "center", "right"] as const).map((k) => (s[k] === "" ? "" : CODE_OF[k] + s[k])).join("");

const STATES = ["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"] as const;

export class HeaderFooterGroup extends ServerObject {
  readonly className = "HeaderFooterGroup";
  constructor(session: Session, readonly ws: ExcelJS.Worksheet) {
    super(session);
  }
  protected members(): MemberTable {
    const ws = this.ws;
    const hf = (): Partial<ExcelJS.HeaderFooter> => (ws.headerFooter ??= {});
    return {
      props: {
        State: readWrite(
          () => STATES[(hf().differentFirst ? 1 : 0) + (hf().differentOddEven ? 2 : 0)],
          (v) => {
            const index = STATES.indexOf(String(v) as (typeof STATES)[number]);
            if (index < 0) fail("InvalidArgument", `The header/footer state '${String(v)}' is not valid.`);
            Object.assign(hf(), { differentFirst: index % 2 === 1, differentOddEven: index >= 2 });
          },
        ),
        // useSheetMargins and useSheetScale are not served: ExcelJS keeps neither attribute.
      },
      navs: {
        // Excel prints the odd-page header on every page unless odd and even differ.
        DefaultForAllPages: () => new HeaderFooter(this.session, ws, "odd"),
        OddPages: () => new HeaderFooter(this.session, ws, "odd"),
        EvenPages: () => new HeaderFooter(this.session, ws, "even"),
        FirstPage: () => new HeaderFooter(this.session, ws, "first"),
      },
    };
  }
}

export class HeaderFooter extends ServerObject {
  readonly className = "HeaderFooter";
  constructor(session: Session, readonly ws: ExcelJS.Worksheet, readonly slot: Slot) {
    super(session);
  }
  protected members(): MemberTable {
    const ws = this.ws;
    const part = (where: "Header" | "Footer", section: Section) => {
      const key = `${this.slot}${where}` as const;
      return readWrite(
        () => splitSections(ws.headerFooter?.[key] ?? "")[section],
        (v) => {
          const hf: Partial<ExcelJS.HeaderFooter> = (ws.headerFooter ??= {});
          const joined = joinSections({ ...splitSections(hf[key] ?? ""), [section]: String(v ?? "") });
          if (joined === "") delete hf[key];
          else hf[key] = joined;
        },
      );
    };
    return {
      props: {
        LeftHeader: part("Header", "left"),
        CenterHeader: part("Header", "center"),
        RightHeader: part("Header", "right"),
        LeftFooter: part("Footer", "left"),
        CenterFooter: part("Footer", "center"),
        RightFooter: part("Footer", "right"),
      },
    };
  }
}
