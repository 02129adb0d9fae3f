// @vitest-environment jsdom
// The panel's host is the one element of ours the page can see: what it shows must say nothing about
// the user and never change, and page code must never run on it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MountedHost, mountPanelHost } from '../../entrypoints/panel.content/mount';

const css = ':host { display: block }';
let mounted: MountedHost[] = [];

function mount(): MountedHost {
  const m = mountPanelHost(document, css);
  mounted.push(m);
  return m;
}

/** Everything the page can read off the host element itself. */
function visibleOnHost(host: HTMLElement) {
  return {
    tag: host.localName,
    attributes: host.getAttributeNames().sort(),
    dataset: { ...host.dataset },
    classes: [...host.classList],
    id: host.id,
    lightDom: host.childNodes.length,
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const m of mounted) m.remove();
  mounted = [];
  document.body.innerHTML = '';
});

describe('the panel host', () => {
  it('is a plain div under <html> with one empty marker attribute, nothing else (its style is in its shadow root)', () => {
    const { host, shadow, container } = mount();
    expect(host.parentElement).toBe(document.documentElement);
    expect(visibleOnHost(host)).toEqual({
      tag: 'div',
      attributes: ['data-policy-lens'],
      dataset: { policyLens: '' },
      classes: [],
      id: '',
      lightDom: 0,
    });
    // Closed: the page cannot reach in; the extension keeps its own reference.
    expect(host.shadowRoot).toBeNull();
    expect(shadow.contains(container)).toBe(true);
  });

  it('looks the same on every mount, whatever the panel shows inside', () => {
    const first = mount();
    const seen = { ...visibleOnHost(first.host), style: first.host.getAttribute('style') };
    // What the panel renders lives in the shadow root and leaves the host alone.
    first.container.innerHTML = '<p lang="en">Иванова Анна, +7 900 123-45-67</p>';
    expect({ ...visibleOnHost(first.host), style: first.host.getAttribute('style') }).toEqual(seen);
    first.remove();
    const second = mount();
    expect({ ...visibleOnHost(second.host), style: second.host.getAttribute('style') }).toEqual(seen);
  });

  it('runs no page code when the page registered custom elements under our names', () => {
    const constructed: Element[] = [];
    for (const name of ['policy-lens-panel', 'policy-lens', 'policy-lens-host']) {
      if (customElements.get(name)) continue;
      customElements.define(
        name,
        class extends HTMLElement {
          constructor() {
            super();
            constructed.push(this);
            this.attachShadow({ mode: 'closed' });
          }
        },
      );
    }
    const { host, shadow, container } = mount();
    expect(constructed).toEqual([]);
    expect(host.shadowRoot).toBeNull();
    expect(shadow.contains(container)).toBe(true);
  });

  it('replaces the host of an earlier, stale copy of the script, which gives way', async () => {
    const pageOwn = document.createElement('div');
    pageOwn.setAttribute('data-policy-lens', 'page');
    document.body.append(pageOwn);
    let oldIsCurrent = true;
    const old = mountPanelHost(document, css, undefined, () => oldIsCurrent);
    mounted.push(old);
    // The extension is updated: the old copy's context ends, a new copy starts.
    oldIsCurrent = false;
    const fresh = mountPanelHost(document, css);
    mounted.push(fresh);
    // The old copy's observers run: it must not put itself back and push the new host out.
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    expect(old.host.isConnected).toBe(false);
    expect([...document.documentElement.querySelectorAll(':scope > [data-policy-lens]')]).toEqual([
      fresh.host,
    ]);
    expect(pageOwn.isConnected).toBe(true);
  });

  it('comes back when the page removes it and puts up a look-alike host of its own', async () => {
    const ours = mount();
    ours.host.remove();
    const fake = document.createElement('div');
    fake.setAttribute('data-policy-lens', '');
    document.documentElement.append(fake);
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    expect(ours.host.parentElement).toBe(document.documentElement);
    expect(fake.isConnected).toBe(true);
    fake.remove();
  });

  it('is a manual popover shown in the top layer where the browser has the Popover API', () => {
    // jsdom has no Popover API: stand in for the browser's.
    const open = new WeakSet<Element>();
    const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
    proto.showPopover = function (this: HTMLElement) {
      open.add(this);
    };
    const matches = Element.prototype.matches;
    vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
      return selector === ':popover-open' ? open.has(this) : matches.call(this, selector);
    });
    try {
      const reattached = vi.fn();
      const m = mountPanelHost(document, css, reattached);
      mounted.push(m);
      const { host } = m;
      expect(host.getAttributeNames().sort()).toEqual(['data-policy-lens', 'popover']);
      expect(host.getAttribute('popover')).toBe('manual');
      expect(open.has(host)).toBe(true);
      expect(reattached).not.toHaveBeenCalled();
    } finally {
      delete proto.showPopover;
    }
  });

  it('puts itself back when the page removes it and tells its owner, so the panel is rendered anew', async () => {
    const reattached = vi.fn();
    const m = mountPanelHost(document, css, reattached);
    mounted.push(m);
    m.host.remove();
    await new Promise((r) => setTimeout(r, 0)); // mutation observers run
    expect(m.host.parentElement).toBe(document.documentElement);
    expect(reattached).toHaveBeenCalledTimes(1);
    // Replacing <body> does not touch the host under <html>: nothing to redo.
    document.documentElement.replaceChild(document.createElement('body'), document.body);
    await new Promise((r) => setTimeout(r, 0));
    expect(reattached).toHaveBeenCalledTimes(1);
    expect(document.documentElement.querySelectorAll(':scope > [data-policy-lens]')).toHaveLength(1);
  });
});
