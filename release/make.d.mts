export const notSources: RegExp[];
export function changelogEntry(
  changelog: string,
  version: string,
): { date: string; text: string } | undefined;
