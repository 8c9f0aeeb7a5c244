// The pane's words for consolidating many units' workbooks (the sheet's own words are core's).
type Text = string;

export interface ConsolidationMessages {
  readonly heading: Text;
  readonly hint: Text;
  readonly choose: Text;
  readonly chosen: (n: number) => string;
  readonly run: Text;
  readonly working: Text;
  readonly wrote: (sheet: string, included: number, excluded: number) => string;
  readonly leftOut: Text;
  readonly noReport: Text;
  readonly failed: (detail: string) => string;
}
