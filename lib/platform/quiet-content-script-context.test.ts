// @vitest-environment jsdom
// The content script's context tells the page nothing and cannot be stopped by it (issue 17); the
// browsers check the same end to end in test/e2e/untrusted.e2e.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from './quiet-content-script-context';

/** What a content script sees of the extension: `chrome.runtime.id`, gone once the extension is. */
const runtime: { id?: string } = {};
beforeEach(() => {
  runtime.id = 'test-id';
  (globalThis as { chrome?: unknown }).chrome = { runtime };
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('the quiet content-script context', () => {
  it('posts nothing to the page and dispatches no event when it starts', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const onDocument = vi.spyOn(document, 'dispatchEvent');
    const onWindow = vi.spyOn(window, 'dispatchEvent');
    const ctx = new ContentScriptContext();
    expect(posted).not.toHaveBeenCalled();
    expect(onDocument).not.toHaveBeenCalled();
    expect(onWindow).not.toHaveBeenCalled();
    expect(ctx.isValid).toBe(true);
  });

  it('stays valid whatever the page dispatches, WXT’s own start-up announcement included', () => {
    const ctx = new ContentScriptContext();
    const invalidated = vi.fn();
    ctx.onInvalidated(invalidated);
    const detail = { contentScriptName: 'panel', messageId: 'page' };
    for (const name of ['wxt:content-script-started', 'test-id:panel:wxt:content-script-started']) {
      document.dispatchEvent(new CustomEvent(name, { detail }));
      window.dispatchEvent(new CustomEvent(name, { detail }));
      window.postMessage({ type: name, ...detail }, '*');
    }
    expect(invalidated).not.toHaveBeenCalled();
    expect(ctx.isValid).toBe(true);
  });

  it('calls its location handlers when the URL changes, not when the page fires an event', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext();
    const onChange = vi.fn();
    ctx.addEventListener(window, 'wxt:locationchange', onChange);
    window.dispatchEvent(new Event('wxt:locationchange'));
    vi.advanceTimersByTime(600);
    expect(onChange).not.toHaveBeenCalled();
    history.pushState({}, '', '/elsewhere');
    vi.advanceTimersByTime(600);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ends its timers and listeners when the extension goes away', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext();
    const tick = vi.fn();
    const listener = vi.fn();
    ctx.setTimeout(tick, 100);
    ctx.addEventListener(document, 'click', listener);
    const invalidated = vi.fn();
    ctx.onInvalidated(invalidated);
    runtime.id = undefined;
    vi.advanceTimersByTime(200);
    document.dispatchEvent(new Event('click'));
    expect(tick).not.toHaveBeenCalled();
    expect(listener).not.toHaveBeenCalled();
    expect(ctx.isValid).toBe(false);
    expect(invalidated).toHaveBeenCalledTimes(1);
  });
});
