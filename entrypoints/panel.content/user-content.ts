// What visitors write on a site, not the site itself: comments, reviews, answers, forum posts, quotes,
// editable areas. An address inside one is never offered to the drafter (page-contacts.ts), and its text
// is never compared with the policy (policy-page-text.ts). Class and id words are matched anywhere in
// the name ("comment" matches `.comment-list`, `#comments`), so a site's own naming is caught too.

export const userContentSelector = [
  '[itemprop~="comment" i]',
  '[itemprop~="review" i]',
  '[itemprop~="answer" i]',
  '[itemtype*="Comment"]',
  '[itemtype*="Review"]',
  '[itemtype*="Answer"]',
  '[itemtype*="DiscussionForumPosting"]',
  '[class*="comment" i]',
  '[id*="comment" i]',
  '[class*="review" i]',
  '[id*="review" i]',
  '[class*="reply" i]',
  '[class*="answer" i]',
  '[class*="forum" i]',
  '[class*="ugc" i]',
  '[class*="user-content" i]',
  '[rel~="ugc" i]',
  'blockquote',
  'q',
  'textarea',
  '[contenteditable]:not([contenteditable="false" i])',
].join(',');
