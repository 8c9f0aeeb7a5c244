// Excel holds an add-in's request while the user is still typing in a cell (the add-in asks it to
// wait rather than fail: RunOptions.delayForCellEdit), and the pane cannot tell that from a slow
// workbook. When nothing has moved for a while, say the likely reason and what unblocks it.
import { useEffect, useState } from "react";
import { useStepStyles } from "./layout";
import { useMessages } from "../i18n";

const QUIET_MS = 2500;

/** Renders the hint once `busy` has been true, with `progressKey` unchanged, for a few seconds. */
export function WaitingHint({ busy, progressKey = "" }: { readonly busy: boolean; readonly progressKey?: string }) {
  const t = useMessages();
  const s = useStepStyles();
  const [quiet, setQuiet] = useState(false);
  useEffect(() => {
    setQuiet(false);
    if (!busy) return;
    const timer = setTimeout(() => setQuiet(true), QUIET_MS);
    return () => clearTimeout(timer);
  }, [busy, progressKey]);
  return busy && quiet ? <p className={s.hint} role="status" data-testid="waiting-hint">{t.waitingForExcel}</p> : null;
}
