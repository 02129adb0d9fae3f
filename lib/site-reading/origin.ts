/** The host-permission pattern for one page's origin: `https://legal.example.ru/*`. */
export function originPatternOf(url: string): string {
  return `${new URL(url).origin}/*`;
}
