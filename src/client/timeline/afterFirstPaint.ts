/**
 * Runs `task` once, just after the browser has painted the first frame: a task queued from an animation frame
 * callback runs after that frame's paint, so the page's text is on screen before the task's requests start.
 * The load event would be no surer (a small page loads before it paints) and is later on a page with images.
 * A frame that is never drawn (a hidden tab, a frame out of view) would hold the task back for good, so a
 * timer starts it regardless.
 */
const LATEST_MS = 1000;

export function afterFirstPaint(task: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    task();
  };
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, LATEST_MS);
}
