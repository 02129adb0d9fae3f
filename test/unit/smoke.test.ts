import { describe, expect, it } from 'vitest';
import type { SitePolicy } from '../../policies/types';

describe('toolchain', () => {
  it('compiles TypeScript that imports the policy types', () => {
    const ids: SitePolicy['id'][] = ['expert.plus'];
    expect(ids).toEqual(['expert.plus']);
  });
});
