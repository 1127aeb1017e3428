/** The badge's words, already in the seller's language (the background picks it from the settings). */
export type BadgeText = {
  levelMedium: string;
  levelHigh: string;
  title: string;
  reasons: string;
  chain: string;
  quote: string;
  extortion: string;
  /** The extortion warning in one line, for the popover's header. */
  extortionShort: string;
  /** The fold's label: "详情：全部理由、此前步骤、原文". */
  details: string;
  disclaimer: string;
  saveEvidence: string;
  report: string;
  dismiss: string;
  trust: string;
  undo: string;
  dismissed: string;
  trusted: string;
  sent: string;
  failed: string;
  /** "此前已标记": on a watched buyer's messages that carry no badge. Optional so older callers still fit. */
  watched?: string;
  /** "金额异常": a sum the buyer wrote that no number holds (left out of the amounts). */
  amountOdd?: string;
};
