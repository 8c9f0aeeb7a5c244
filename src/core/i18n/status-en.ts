// English words of the report's status.
import type { StatusCatalog } from "./status-catalog";

const who = (name: string, role: string): string => (role.trim() === "" ? name : `${name}, ${role}`);

export const statusEn: StatusCatalog = {
  label: "Status",
  state: { draft: "Being filled in", submitted: "Submitted", returned: "Returned", approved: "Approved" },
  action: { submit: "Submit for approval", return: "Return", approve: "Approve" },
  stateBy: (state, name, role, when) => `${state} (${who(name, role)}, ${when})`,
  changedAfterApproval: (codes) =>
    codes.length === 0 ? "Figures changed after approval" : `Figures changed after approval: ${codes.join(", ")}`,
  notAllowed: (action, state) => `"${action}" is not possible while the report is "${state}".`,
  reasonsRequired: "Give the reasons for returning the report (at least one), so that whoever fills it knows what to fix.",
  noActor: "Enter the name of the person acting before submitting or approving.",
  blocking: (n) => `Not yet possible: ${n} problem(s) to resolve first (wrong figures, or shortfalls without an explanation):`,
  summaryApproved: (name, role, when) => `Report status: approved (${who(name, role)}, ${when}).`,
  summaryChanged: (codes) =>
    `Report status: figures changed after approval${codes.length > 0 ? ` (${codes.join(", ")})` : ""}; this summary has not been approved again.`,
  summaryNotApproved: (state) => `Report status: not approved (${state.toLowerCase()}).`,
};
