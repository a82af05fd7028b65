// The words beside a pain number, the same on every 0–10 scale the member sees.
export const painWords = (n: number) =>
  n === 0 ? 'no pain' : n <= 3 ? 'mild' : n <= 6 ? 'moderate' : n <= 9 ? 'strong' : 'worst pain';
