import { describe, expect, it } from 'vitest';
import { labelTableCells } from '../../src/lib/summary/tableLabels';

describe('labelTableCells', () => {
  const table =
    '<thead><tr><th>Who</th><th>What <em>applies</em></th><th>What to do</th></tr></thead>' +
    '<tbody><tr><td>US household</td><td>Updates ended <sup class="cite"><a href="#n">[1]</a></sup></td><td>Replace it</td></tr>' +
    '<tr><td align="left">US "federal" agency</td><td>Barred</td><td>Keep out</td></tr></tbody>';

  it("labels each body cell with its column's heading as plain text", () => {
    const labelled = labelTableCells(table);
    expect(labelled.match(/data-label="[^"]*"/g)).toEqual([
      'data-label="Who"',
      'data-label="What applies"',
      'data-label="What to do"',
      'data-label="Who"',
      'data-label="What applies"',
      'data-label="What to do"',
    ]);
    expect(labelled).toContain('<td data-label="Who" align="left">US "federal" agency</td>');
  });

  it('escapes quotes and ampersands in a heading and leaves a table without headings alone', () => {
    expect(labelTableCells('<tr><th>Date &amp; "time"</th></tr><tr><td>x</td></tr>')).toContain(
      'data-label="Date &amp; &quot;time&quot;"',
    );
    expect(labelTableCells('<tr><td>x</td></tr>')).toBe('<tr><td>x</td></tr>');
  });
});
