// The reviewer's open fix requests, shown to the report's author where they fix figures: each cell,
// who asked, and what they asked for. A request made on a figure changed since waits for review.
import { Button } from "@fluentui/react-components";
import { isMarkStale, type MarkedFigure, type ReviewMark } from "../../core/review/review-mark";
import type { QualifiedAddress } from "../../core/finding";
import { useStepStyles } from "../components/layout";
import { Notice } from "../components/Notice";
import { useMessages } from "../i18n";
import { shortCell } from "./finding-groups";

export interface FixRequestsProps {
  readonly requests: readonly ReviewMark[];
  /** The cell's figure in the latest check, or null before one. */
  readonly figureAt: (cell: QualifiedAddress) => MarkedFigure;
  readonly onSelect: (cell: QualifiedAddress) => void;
}

export function FixRequests({ requests, figureAt, onSelect }: FixRequestsProps) {
  const t = useMessages();
  const s = useStepStyles();
  if (requests.length === 0) return null;
  return (
    <Notice intent="warning">
      <span data-testid="fix-requests">{t.review.fixRequestsHeading(requests.length)}</span>
      <ul className={s.list}>
        {requests.map((r) => {
          const figure = figureAt(r.cell);
          const changed = isMarkStale(r, figure);
          return (
            <li key={r.cell}>
              <Button size="small" appearance="transparent" onClick={() => onSelect(r.cell)}>
                {t.review.fixRequestBy(shortCell(r.cell), r.code, r.reviewer.name, r.reviewer.role)}
              </Button>{" "}
              “{r.comment}”{changed && <> {t.review.fixRequestStale}</>}
            </li>
          );
        })}
      </ul>
    </Notice>
  );
}
