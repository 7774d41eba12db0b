export function starsText(stars: number): string {
  return stars === 0 ? 'no stars yet' : `${stars} of 3 stars`;
}
