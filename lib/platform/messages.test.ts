import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { policies } from '../../policies';
import { exampleShop } from '../../test/fixtures/policies/example-shop';
import { requestKinds } from '../law/kinds';
import { trustedSender } from './message-sender';
import {
  type DrafterIntent,
  intentFromSearch,
  intentToSearch,
  type Message,
  maxPolicyTextLength,
  type PageContact,
  parseMessage,
  siteContacts,
} from './messages';

const intent: DrafterIntent = {
  policyId: 'expert.plus',
  kind: 'deletion',
  pageContacts: [
    {
      email: 'support@expert.plus',
      context: 'Служба поддержки: support@expert.plus',
      pageUrl: 'https://www.expert.plus/experts/anna',
    },
  ],
  pageUrl: 'https://www.expert.plus/experts/anna',
};

/** A contact like the intent's, with `changes`. */
const contact = (
  changes: Partial<Record<keyof PageContact, string>> & Record<string, unknown> = {},
): PageContact => ({ ...intent.pageContacts[0]!, ...changes }) as PageContact;

const valid: Message[] = [
  { type: 'open-drafter', intent },
  { type: 'get-policy', policyId: 'expert.plus' },
  { type: 'check-policy', policyId: 'expert.plus', text: 'Политика конфиденциальности…' },
];

const openDrafter = (changes: Record<string, unknown>) => ({
  type: 'open-drafter',
  intent: { ...intent, ...changes },
});

describe('parseMessage: what it accepts', () => {
  it.each(valid)('accepts a well-formed $type message as a fresh copy', (message) => {
    const parsed = parseMessage(structuredClone(message));
    expect(parsed).toEqual(message);
    expect(parsed).not.toBe(message);
  });

  it('copies the lists, so a later change to the sender object changes nothing', () => {
    const raw = structuredClone({ type: 'open-drafter', intent });
    const parsed = parseMessage(raw);
    raw.intent.pageContacts.push(contact({ email: 'other@expert.plus' }));
    raw.intent.pageContacts[0]!.email = 'evil@example.com';
    expect(parsed).toEqual({ type: 'open-drafter', intent });
  });

  it('accepts every request kind, an empty page address and empty lists', () => {
    for (const kind of requestKinds) expect(parseMessage(openDrafter({ kind }))).toBeDefined();
    expect(parseMessage(openDrafter({ pageUrl: '', pageContacts: [] }))).toBeDefined();
  });

  it('accepts the id of every real and fixture policy', () => {
    for (const policy of [...policies, exampleShop]) {
      expect(parseMessage(openDrafter({ policyId: policy.id })), policy.id).toBeDefined();
    }
  });

  it('accepts page text up to the limit and not beyond', () => {
    const at = (n: number) =>
      parseMessage({ type: 'check-policy', policyId: 'expert.plus', text: 'а'.repeat(n) });
    expect(at(maxPolicyTextLength)).toBeDefined();
    expect(at(maxPolicyTextLength + 1)).toBeUndefined();
  });
});

describe('parseMessage: what it refuses', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'open-drafter'],
    ['a number', 42],
    ['a function', () => ({ type: 'get-policy', policyId: 'expert.plus' })],
    ['an array', ['get-policy', 'expert.plus']],
    ['no type', { policyId: 'expert.plus' }],
    ['an unknown type', { type: 'delete-all', policyId: 'expert.plus' }],
    ['a type in another case', { type: 'GET-POLICY', policyId: 'expert.plus' }],
    ['a type that is not a string', { type: ['get-policy'], policyId: 'expert.plus' }],
    ['a missing field', { type: 'get-policy' }],
    ['an extra field', { type: 'get-policy', policyId: 'expert.plus', tabId: 1 }],
    ['an extra intent field', openDrafter({ person: { fullName: 'Иван' } })],
    ['no intent', { type: 'open-drafter' }],
    ['an intent that is a string', { type: 'open-drafter', intent: 'deletion' }],
  ])('refuses %s', (_, raw) => {
    expect(parseMessage(raw)).toBeUndefined();
  });

  it.each([
    ['an empty policy id', { policyId: '' }],
    ['a policy id that is not a hostname', { policyId: 'Expert Plus' }],
    ['a policy id with a path', { policyId: 'expert.plus/../x' }],
    ['a long policy id', { policyId: `${'a'.repeat(101)}.ru` }],
    ['a policy id that is a number', { policyId: 7 }],
    ['an unknown kind', { kind: 'sue' }],
    ['a kind from Object.prototype', { kind: 'toString' }],
    ['clauses, which the drafter does not read', { clauses: ['4.2'] }],
    ['contacts that are a string', { pageContacts: 'a@expert.plus' }],
    ['a contact that is a number', { pageContacts: [4.2] }],
    ['a contact that is only an address (no context, no page)', { pageContacts: ['a@expert.plus'] }],
    [
      'too many contacts',
      { pageContacts: Array.from({ length: 21 }, (_, i) => contact({ email: `a${i}@expert.plus` })) },
    ],
    ['a sparse contact list', { pageContacts: Object.assign(new Array<unknown>(2), { 1: contact() }) }],
    ['a contact that is not an address', { pageContacts: [contact({ email: 'support' })] }],
    [
      'a contact with extra headers',
      { pageContacts: [contact({ email: 'a@expert.plus?bcc=b@evil.example' })] },
    ],
    [
      'a contact with a line break',
      { pageContacts: [contact({ email: 'a@expert.plus\r\nBcc: b@evil.example' })] },
    ],
    ['two contacts in one', { pageContacts: [contact({ email: 'a@expert.plus,b@evil.example' })] }],
    ['a named contact', { pageContacts: [contact({ email: 'Support <a@expert.plus>' })] }],
    ['a contact with a long context', { pageContacts: [contact({ context: 'a'.repeat(121) })] }],
    ['a contact whose context has a line break', { pageContacts: [contact({ context: 'a\nb' })] }],
    ['a contact found on no page', { pageContacts: [contact({ pageUrl: '' })] }],
    [
      'a contact found on a page with a query',
      { pageContacts: [contact({ pageUrl: 'https://expert.plus/?q=1' })] },
    ],
    ['a contact with an extra field', { pageContacts: [contact({ preselect: true })] }],
    ['a page that is not a URL', { pageUrl: 'expert.plus' }],
    ['a javascript: page', { pageUrl: 'javascript:alert(1)' }],
    ['a page with a query', { pageUrl: 'https://expert.plus/?phone=79001234567' }],
    ['a page with a fragment', { pageUrl: 'https://expert.plus/#name' }],
    ['a page with credentials', { pageUrl: 'https://user:pw@expert.plus/' }],
    ['a page URL that is not normalised', { pageUrl: 'HTTPS://EXPERT.PLUS/' }],
    ['a page URL that is an object', { pageUrl: new URL('https://expert.plus/') }],
  ])('refuses an intent with %s', (_, changes) => {
    expect(parseMessage(openDrafter(changes))).toBeUndefined();
  });

  it('refuses page text that is not a string', () => {
    expect(parseMessage({ type: 'check-policy', policyId: 'expert.plus', text: ['a'] })).toBeUndefined();
    expect(parseMessage({ type: 'check-policy', policyId: 'expert.plus' })).toBeUndefined();
  });
});

describe('parseMessage: odd and hostile objects', () => {
  afterEach(() => {
    for (const key of ['type', 'policyId', 'intent', 'text']) {
      delete (Object.prototype as Record<string, unknown>)[key];
    }
  });

  it('reads no inherited field, even from a polluted Object.prototype', () => {
    Object.defineProperty(Object.prototype, 'policyId', { value: 'expert.plus', configurable: true });
    expect(parseMessage({ type: 'get-policy' })).toBeUndefined();
    Object.defineProperty(Object.prototype, 'type', { value: 'get-policy', configurable: true });
    expect(parseMessage({})).toBeUndefined();
    expect(parseMessage({ policyId: 'expert.plus' })).toBeUndefined();
  });

  it('refuses an object whose fields come from its prototype or a class', () => {
    expect(parseMessage(Object.create({ type: 'get-policy', policyId: 'expert.plus' }))).toBeUndefined();
    class GetPolicy {
      type = 'get-policy';
      policyId = 'expert.plus';
    }
    expect(parseMessage(new GetPolicy())).toBeUndefined();
  });

  it('accepts a plain object without a prototype', () => {
    const bare = Object.assign(Object.create(null), { type: 'get-policy', policyId: 'expert.plus' });
    expect(parseMessage(bare)).toEqual({ type: 'get-policy', policyId: 'expert.plus' });
  });

  it('refuses __proto__ and symbol keys, and pollutes nothing', () => {
    const withProto = JSON.parse('{"type":"get-policy","policyId":"expert.plus","__proto__":{"x":1}}');
    expect(parseMessage(withProto)).toBeUndefined();
    expect(parseMessage({ type: 'get-policy', policyId: 'expert.plus', [Symbol('x')]: 1 })).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('never runs a getter twice: a field that changes between check and use is refused', () => {
    let reads = 0;
    const sly = {
      type: 'get-policy',
      get policyId() {
        reads++;
        return reads === 1 ? 'expert.plus' : '../../etc';
      },
    };
    expect(parseMessage(sly)).toBeUndefined();
    expect(reads).toBe(0);
    const slyIntent = {
      type: 'open-drafter',
      intent: {
        ...intent,
        get pageUrl() {
          return 'https://expert.plus/';
        },
      },
    };
    expect(parseMessage(slyIntent)).toBeUndefined();
  });

  it('does not throw on proxies whose traps throw, or on revoked proxies', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const hostile = new Proxy(
      {},
      { get: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap },
    );
    expect(parseMessage(hostile)).toBeUndefined();
    const { proxy, revoke } = Proxy.revocable({ type: 'get-policy', policyId: 'expert.plus' }, {});
    revoke();
    expect(parseMessage(proxy)).toBeUndefined();
    const list = new Proxy([contact()], { get: trap });
    expect(parseMessage(openDrafter({ pageContacts: list }))).toBeUndefined();
  });

  it('never throws and accepts nothing but the protocol, whatever arrives (property)', () => {
    const types = fc.constantFrom('open-drafter', 'get-policy', 'check-policy', 'other', '__proto__');
    const anyMessage = fc.oneof(
      fc.anything(),
      fc.record({ type: types, policyId: fc.anything(), text: fc.anything() }, { requiredKeys: ['type'] }),
      fc.record({ type: types, intent: fc.anything() }),
      fc.record({
        type: fc.constant('open-drafter'),
        intent: fc.record(
          {
            policyId: fc.oneof(fc.constant('expert.plus'), fc.string()),
            kind: fc.oneof(fc.constantFrom(...requestKinds), fc.string()),
            pageContacts: fc.oneof(
              fc.array(fc.record({ email: fc.emailAddress(), context: fc.string(), pageUrl: fc.webUrl() })),
              fc.array(fc.string()),
            ),
            pageUrl: fc.oneof(fc.constant(''), fc.webUrl(), fc.string()),
          },
          { requiredKeys: [] },
        ),
      }),
    );
    fc.assert(
      fc.property(anyMessage, (raw) => {
        const parsed = parseMessage(raw);
        if (parsed === undefined) return;
        // Whatever is accepted is one of the three shapes, and parses again to itself.
        expect(['open-drafter', 'get-policy', 'check-policy']).toContain(parsed.type);
        expect(parseMessage(structuredClone(parsed))).toEqual(parsed);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('drafter URLs', () => {
  it('carry an intent through the query string and back', () => {
    expect(intentFromSearch(intentToSearch(intent))).toEqual(intent);
  });

  it('give no intent for a query string that does not hold a valid one', () => {
    expect(intentFromSearch('')).toBeUndefined();
    expect(intentFromSearch('?view=list')).toBeUndefined();
    expect(intentFromSearch('?policy=expert.plus&kind=sue')).toBeUndefined();
    const bad = (contacts: string) =>
      intentFromSearch(`?policy=expert.plus&kind=deletion&contacts=${encodeURIComponent(contacts)}`);
    expect(bad('[{')).toBeUndefined();
    expect(bad(JSON.stringify(['a@b.ru']))).toBeUndefined();
    expect(bad(JSON.stringify([contact({ email: 'a@b.ru\nBcc:c@d.ru' })]))).toBeUndefined();
    expect(bad(JSON.stringify({ email: 'a@expert.plus' }))).toBeUndefined();
  });
});

describe('trustedSender: who the background listens to', () => {
  const ownId = 'abcdefghijklmnopabcdefghijklmnop';
  const ownOrigin = `chrome-extension://${ownId}/`;
  const tab = { id: 3 };

  it('accepts our own pages, in the toolbar popup or in a tab', () => {
    expect(trustedSender({ id: ownId, url: `${ownOrigin}popup.html` }, ownId, ownOrigin)).toEqual({
      kind: 'extension-page',
    });
    expect(
      trustedSender({ id: ownId, url: `${ownOrigin}popup.html?policy=x`, tab }, ownId, ownOrigin),
    ).toEqual({
      kind: 'extension-page',
    });
    // Firefox's origin, given without the trailing slash.
    const moz = 'moz-extension://6a1b2c3d-0000-4000-8000-000000000000';
    expect(
      trustedSender(
        { id: 'policy-lens@policy-lens.app', url: `${moz}/popup.html` },
        'policy-lens@policy-lens.app',
        moz,
      ),
    ).toEqual({ kind: 'extension-page' });
  });

  it('accepts our content script on a page a policy covers, naming that policy', () => {
    for (const url of ['https://expert.plus/', 'https://www.expert.plus/a?b=c', 'http://expert.plus/x']) {
      expect(trustedSender({ id: ownId, url, tab }, ownId, ownOrigin), url).toEqual({
        kind: 'content-script',
        policyId: 'expert.plus',
      });
    }
  });

  it.each([
    [
      'another extension',
      {
        id: 'ffffffffffffffffffffffffffffffff',
        url: 'chrome-extension://ffffffffffffffffffffffffffffffff/x.html',
      },
    ],
    [
      'another extension claiming our page',
      { id: 'ffffffffffffffffffffffffffffffff', url: `${ownOrigin}popup.html` },
    ],
    ['a sender without an id (a web page)', { url: 'https://expert.plus/', tab }],
    ['a sender without a URL', { id: ownId }],
    ['our content script on a page no policy covers', { id: ownId, url: 'https://example.com/', tab }],
    ['our content script on a look-alike host', { id: ownId, url: 'https://expert.plus.evil.example/', tab }],
    [
      'our content script on expert.plus as userinfo',
      { id: ownId, url: 'https://expert.plus@evil.example/', tab },
    ],
    [
      'a page of another extension origin with our id',
      { id: ownId, url: 'chrome-extension://ffff/popup.html' },
    ],
    ['a covered page outside a tab', { id: ownId, url: 'https://expert.plus/' }],
    ['a non-string id', { id: 7 as unknown as string, url: `${ownOrigin}popup.html` }],
  ])('ignores %s', (_, sender) => {
    expect(trustedSender(sender, ownId, ownOrigin)).toBeUndefined();
  });

  it('uses the registry it is given', () => {
    const url = `https://${exampleShop.site.hostnames[0]}/`;
    expect(trustedSender({ id: ownId, url, tab }, ownId, ownOrigin)).toBeUndefined();
    expect(trustedSender({ id: ownId, url, tab }, ownId, ownOrigin, [exampleShop])).toEqual({
      kind: 'content-script',
      policyId: exampleShop.id,
    });
  });
});

describe('siteContacts: only the site’s own addresses, found on its pages', () => {
  const hostnames = ['expert.plus'];
  it('keeps the site’s domain and subdomains, on the site’s pages', () => {
    const kept = [contact(), contact({ email: 'help@support.expert.plus' })];
    expect(siteContacts(kept, hostnames)).toEqual(kept);
  });

  it('drops look-alikes, other domains and addresses said to come from another site’s page', () => {
    for (const c of [
      contact({ email: 'support@expert.plus.attacker.example' }),
      contact({ email: 'support@expert-plus.ru' }),
      contact({ email: 'dpo@other-company.example' }),
      contact({ pageUrl: 'https://attacker.example/expert.plus' }),
    ]) {
      expect(siteContacts([c], hostnames), JSON.stringify(c)).toEqual([]);
    }
  });
});
