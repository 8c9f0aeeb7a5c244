// The pane's words for the report status panel (the states, actions and refusals themselves are
// core's: src/core/i18n/status-vi.ts and status-en.ts, shared with the command line and the summary).
type Text = string;

export interface StatusMessages {
  readonly heading: Text;
  readonly loading: Text;
  readonly readFailed: (detail: string) => string;
  readonly saveFailed: (detail: string) => string;
  /** The note sent with a submission (optional): also the reason of each figure changed since the last round. */
  readonly note: Text;
  readonly noteHint: Text;
  /** The reviewer's reasons for a return, one a line (required). */
  readonly reasons: Text;
  readonly reasonsHint: Text;
  readonly saving: Text;
  readonly done: (state: string) => string;
  readonly lockedHint: Text;
  readonly sinceLastRound: (round: number) => string;
  readonly sinceSubmission: Text;
  readonly sinceApproval: Text;
  /** "A.2 Thuê bao Internet: 110.000 → 112.000". */
  readonly change: (code: string, name: string, role: string, before: string, after: string) => string;
  /** "Trần Văn An, 17:00 20/03/2020: Sửa theo VNPT". */
  readonly changeBy: (who: string, when: string, reason: string) => string;
  readonly empty: Text;
  readonly absent: Text;
  readonly returnedWith: Text;
  readonly goToCell: Text;
}
