// Runs one of the extension's own script files in a tab: Chrome's scripting API (MV3), Firefox's
// tabs.executeScript (MV2). Both need a host permission for the page (or activeTab); the page's CSP
// does not apply to a script the extension injects.
import { browser } from 'wxt/browser';

/** Runs `file` (e.g. '/panel-ui.js') in the tab's frame (the top one by default); its result, or throws. */
export async function runFile<T>(tabId: number, file: string, frameId = 0): Promise<T | undefined> {
  if (import.meta.env.MANIFEST_VERSION === 2) {
    const [result] = (await browser.tabs.executeScript(tabId, { file, frameId })) as unknown[];
    return result as T | undefined;
  }
  const [first] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: [file as never],
  });
  return first?.result as T | undefined;
}
