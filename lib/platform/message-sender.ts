// Who may talk to the background. Pure, so the rule is unit-tested on its own; the background passes
// the browser's MessageSender, its own id and its own origin.
//
// Accepted: this extension's own pages (the drafter, in the toolbar popup or a tab), and this
// extension's content script on a page a policy covers. Everything else is ignored: other extensions,
// web pages (they cannot reach onMessage without `externally_connectable`, which the manifest lacks;
// this is the second line), and our content script on a page no policy covers.

import { findPolicyForUrl, policies } from '../../policies';
import type { SitePolicy } from '../../policies/types';

/** The fields of runtime.MessageSender the rule reads. */
export interface SenderFacts {
  id?: string;
  url?: string;
  tab?: unknown;
}

export type TrustedSender =
  | { kind: 'extension-page' }
  /** The content script on a page of `policyId`'s site: it may only act for that policy. */
  | { kind: 'content-script'; policyId: string };

/**
 * The trusted sender `sender` is, or undefined to ignore its message.
 * `ownOrigin` is `runtime.getURL('/')` (chrome-extension://id/ or moz-extension://uuid/).
 */
export function trustedSender(
  sender: SenderFacts,
  ownId: string,
  ownOrigin: string,
  registry: readonly SitePolicy[] = policies,
): TrustedSender | undefined {
  if (typeof sender.id !== 'string' || sender.id !== ownId) return undefined;
  if (typeof sender.url !== 'string') return undefined;
  const origin = ownOrigin.endsWith('/') ? ownOrigin : `${ownOrigin}/`;
  if (sender.url.startsWith(origin)) return { kind: 'extension-page' };
  if (!sender.tab) return undefined;
  const policy = findPolicyForUrl(sender.url, registry);
  return policy ? { kind: 'content-script', policyId: policy.id } : undefined;
}
