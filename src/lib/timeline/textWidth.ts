/**
 * Label widths without a browser, from a per-character table (Observable Plot's idea, our own numbers): advance
 * widths in thousandths of an em of DejaVu Sans, the face `system-ui` resolves to on Linux. It is wider than
 * San Francisco, Segoe UI and Roboto, so a layout that fits with it fits on every system.
 */
const WIDTHS: Record<string, number> = {};
const assign = (chars: string, width: number) => {
  for (const char of chars) WIDTHS[char] = width;
};
assign('il', 278);
assign('jI', 295);
assign(" .,'’", 318);
assign('f:;/', 345);
assign('-()[]', 375);
assign('tr', 400);
assign('csz', 530);
assign('kvxy', 590);
assign('aeo', 615);
assign('äöëé', 615);
assign('bdghnpqu', 634);
assign('üß', 634);
assign('0123456789+', 636);
assign('FLPTY', 590);
assign('ESZ', 650);
assign('ABKRVX', 686);
assign('ÄC', 698);
assign('UNDH', 755);
assign('ÜGOQ', 787);
assign('w&', 818);
assign('M', 863);
assign('m', 974);
assign('W', 989);
assign('–', 500);
assign('—', 1000);
/** Anything not in the table counts as a wide letter. */
const OTHER = 700;

/** The width in pixels of `text` set at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let thousandths = 0;
  for (const char of text) thousandths += WIDTHS[char] ?? OTHER;
  return (thousandths * fontSize) / 1000;
}
