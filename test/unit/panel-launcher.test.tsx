// @vitest-environment jsdom
// The launcher: named from its visible word, hidden (not an invisible Tab stop) while the panel is open,
// movable by the panel's buttons and by dragging, and a drag is not a click.
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Panel, type PanelProps } from '../../components/panel/Panel';
import { panelProps, renderHost } from './render-panel';

// jsdom has no pointer-event handler properties, so Preact would listen for "PointerDown"; browsers
// have them: give jsdom's elements the same, so the component listens for "pointerdown" as in a browser.
for (const type of ['pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'pointerenter']) {
  if (!(`on${type}` in HTMLElement.prototype))
    Object.defineProperty(HTMLElement.prototype, `on${type}`, { value: null, writable: true });
}

const mounted = renderHost();

function show(overrides: Partial<PanelProps> = {}) {
  const props: PanelProps = { ...panelProps(false), ...overrides };
  mounted.show(<Panel {...props} />);
  return props;
}

const launcher = () => mounted.host.querySelector<HTMLButtonElement>('.launcher')!;

describe('the launcher', () => {
  it('has an accessible name that starts with the word it shows, in both languages', () => {
    for (const lang of ['ru', 'en'] as const) {
      show({ lang });
      const visible = launcher().querySelector('.launcher-text')?.textContent ?? '';
      expect(visible.length).toBeGreaterThan(0);
      expect(launcher().getAttribute('aria-label')?.startsWith(visible)).toBe(true);
    }
  });

  it('is hidden while the panel is open, so no Tab stop sits under the panel', () => {
    show({ open: false });
    expect(launcher().hidden).toBe(false);
    show({ open: true });
    expect(launcher().hidden).toBe(true);
  });

  it('moves with the panel’s buttons: up, down and to the other edge', () => {
    const props = show({ open: true, placement: { side: 'right', top: 50 } });
    const press = (move: string) =>
      act(() => mounted.host.querySelector<HTMLButtonElement>(`[data-move="${move}"]`)?.click());
    press('up');
    press('down');
    press('side');
    expect(vi.mocked(props.onPlacement).mock.calls.map((c) => c[0])).toEqual([
      { side: 'right', top: 40 },
      { side: 'right', top: 60 },
      { side: 'left', top: 50 },
    ]);
  });

  it('sits where its placement says, and the panel opens on that side', () => {
    show({ placement: { side: 'left', top: 30 } });
    expect(launcher().style.top).toBe('30%');
    expect(mounted.host.querySelector('.root')?.getAttribute('data-side')).toBe('left');
  });

  it('is dragged to a new place without opening the panel; a press without a move still opens it', () => {
    const props = show();
    const pointer = (type: string, x: number, y: number) =>
      act(() => {
        launcher().dispatchEvent(new MouseEvent(type, { bubbles: true, button: 0, clientX: x, clientY: y }));
      });
    pointer('pointerdown', 1000, 384);
    pointer('pointermove', 500, 300);
    pointer('pointermove', 10, 192);
    pointer('pointerup', 10, 192);
    act(() => launcher().click());
    expect(props.onPlacement).toHaveBeenCalledWith({ side: 'left', top: 25 });
    expect(props.onOpenChange).not.toHaveBeenCalled();
    pointer('pointerdown', 10, 192);
    pointer('pointerup', 11, 193);
    act(() => launcher().click());
    expect(props.onOpenChange).toHaveBeenCalledWith(true);
  });
});
