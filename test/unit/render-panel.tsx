// What the panel component tests share: a host element in the document for each test (emptied after
// it), and the props every panel frame takes, with spies for its handlers. jsdom's events are never
// trusted; the extension keeps the default (`event.isTrusted`), the tests pass `isUserEvent: () => true`.
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
import type { PanelProps } from '../../components/panel/Panel';
import { expertPlus } from '../../policies/expert.plus';

/** Registers the per-test host; `host` is this test's, `show(node)` renders into it. */
export function renderHost() {
  let host: HTMLElement | undefined;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    if (host) render(null, host);
    host?.remove();
  });
  return {
    get host(): HTMLElement {
      if (!host) throw new Error('no host outside a test');
      return host;
    },
    show(node: ComponentChild) {
      const into = this.host;
      act(() => render(node, into));
    },
  };
}

/** The props of the panel frame every panel takes, the handlers as spies. */
export function frameProps() {
  return {
    lang: 'ru' as const,
    onOpenChange: vi.fn(),
    onLang: vi.fn(),
    onRequest: vi.fn(async () => true),
    placement: { side: 'right' as const, top: 50 },
    onPlacement: vi.fn(),
    isUserEvent: () => true,
  };
}

/** The expert.plus summary panel's props, open or closed. */
export function panelProps(open: boolean): PanelProps {
  return { ...frameProps(), siteName: 'expert.plus', policy: expertPlus, open, onHide: vi.fn() };
}
