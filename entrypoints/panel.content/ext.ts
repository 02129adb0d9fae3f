// The few extension APIs the loader calls, straight from the browser: `browser` in Firefox, `chrome` in
// Chrome (promise-returning in MV3). Not webextension-polyfill, which would weigh more than the whole
// loader; the panel's code (entrypoints/panel-ui.tsx) uses the polyfill as the rest of the extension does.

interface Event<F> {
  addListener(listener: F): void;
  removeListener(listener: F): void;
}

export interface LoaderApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: Event<(message: unknown, sender: { id?: string }) => void>;
  };
}

const scope = globalThis as unknown as { browser?: LoaderApi; chrome?: LoaderApi };

/** The extension API of this content script. */
export const ext = (scope.browser ?? scope.chrome) as LoaderApi;
