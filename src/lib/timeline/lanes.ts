/**
 * Stage 4: where labels go so none overlaps another label, a mark or a leader line. Across, labels stack in
 * lanes above the axis; down the page, they are spread apart along it.
 */

export interface Interval {
  left: number;
  right: number;
}

/** A mark with its label (`box`), the label alone (`label`) and, at `leader`, the line from its lane to the axis. */
export interface LaneItem {
  box: Interval;
  label: Interval;
  leader: number;
}

const overlaps = (a: Interval, b: Interval, spacing: number) =>
  a.left < b.right + spacing && b.left < a.right + spacing;

/**
 * Each item goes into the lowest lane where its box is free, its label crosses no leader, and its own leader, which
 * runs down through every lower lane, crosses no label there. An item that finds no such lane among `maxLanes`
 * gets `undefined`: it is folded into a "+N" count (layout.ts) rather than drawn across another label.
 */
export function assignLanes(items: readonly LaneItem[], maxLanes = Infinity, spacing = 6): (number | undefined)[] {
  const boxes: Interval[][] = [];
  const labels: Interval[][] = [];
  const lines: Interval[][] = [];
  const clear = (list: Interval[] | undefined, interval: Interval, space: number) =>
    !(list ?? []).some((other) => overlaps(interval, other, space));
  return items.map(({ box, label, leader }) => {
    const line = { left: leader - 0.5, right: leader + 0.5 };
    // Above the lowest lane whose labels its leader would cross, every lane is crossed too.
    let clearUpTo = 0;
    while (clearUpTo < labels.length && clear(labels[clearUpTo], line, 1)) clearUpTo++;
    let lane: number | undefined;
    for (let candidate = 0; candidate <= Math.min(clearUpTo, maxLanes - 1) && lane === undefined; candidate++) {
      if (clear(boxes[candidate], box, spacing) && clear(lines[candidate], label, 1)) lane = candidate;
    }
    if (lane === undefined) return undefined;
    (boxes[lane] ??= []).push(box);
    (labels[lane] ??= []).push(label);
    for (let below = 0; below < lane; below++) (lines[below] ??= []).push(line);
    return lane;
  });
}

/**
 * Moves label centres apart by at least `spacing`, in their order, inside [min, max] and as near their marks as
 * possible: labels that would touch form a group centred on their marks, and groups that then touch merge.
 */
export function spreadLabels(wanted: readonly number[], spacing: number, min: number, max: number): number[] {
  const groups: { size: number; sum: number; top: number }[] = [];
  const top = (size: number, sum: number) =>
    Math.max(min, Math.min(max - (size - 1) * spacing, sum / size - ((size - 1) * spacing) / 2));
  for (const y of wanted) {
    let group = { size: 1, sum: y, top: top(1, y) };
    while (groups.length > 0 && groups.at(-1)!.top + groups.at(-1)!.size * spacing > group.top) {
      const last = groups.pop()!;
      group = {
        size: last.size + group.size,
        sum: last.sum + group.sum,
        top: top(last.size + group.size, last.sum + group.sum),
      };
    }
    groups.push(group);
  }
  return groups.flatMap(({ size, top }) => Array.from({ length: size }, (_, i) => top + i * spacing));
}

/** Side-by-side columns for marks whose extents overlap (down the page): the first column that is free. */
export function assignColumns(extents: readonly Interval[]): number[] {
  const columnEnds: number[] = [];
  return extents.map(({ left, right }) => {
    let column = columnEnds.findIndex((end) => end <= left);
    if (column < 0) column = columnEnds.push(right) - 1;
    else columnEnds[column] = right;
    return column;
  });
}
