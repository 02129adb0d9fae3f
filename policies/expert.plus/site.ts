import type { SiteEntry } from '../sites';

/** Which pages the expert.plus policy covers: the light entry the content script matches against. */
export const expertPlusSite: SiteEntry = {
  id: 'expert.plus',
  name: 'expert.plus',
  url: 'https://expert.plus',
  hostnames: ['expert.plus'],
};
