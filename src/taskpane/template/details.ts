// Report details as the pane keeps them.
import type { ReportDetails } from "../../core/reading";
import type { Template } from "../../core/template/template";

export const blankDetails = (template: Template): ReportDetails => ({
  number: "", place: template.place, date: "", estimate: true, signerTitle: "", signerName: "", recipients: [],
});

/** Blank lines typed between recipients are not recipients; text is NFC like everything read. */
export const cleanDetails = (d: ReportDetails): ReportDetails => ({
  ...d,
  number: d.number.normalize("NFC").trim(),
  place: d.place.normalize("NFC").trim(),
  signerTitle: d.signerTitle.normalize("NFC").trim(),
  signerName: d.signerName.normalize("NFC").trim(),
  recipients: d.recipients.map((r) => r.normalize("NFC").trim()).filter((r) => r !== ""),
});
