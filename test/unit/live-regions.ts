/** Every live region under `root`: ARIA's live roles, aria-live (other than "off"), and <output>. */
export function liveRegions(root: ParentNode): HTMLElement[] {
  return [
    ...root.querySelectorAll<HTMLElement>(
      '[role="status"], [role="alert"], [role="log"], [role="marquee"], [role="timer"], [aria-live], output',
    ),
  ].filter((el) => el.getAttribute('aria-live') !== 'off');
}
