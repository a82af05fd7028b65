// Words for the organization report's figures: a number, a percentage, or why it is hidden.
import type { Figure } from '../../api/console';

export function hiddenText(smallest: number): string {
  return `Hidden: fewer than ${smallest} people, so we keep it private`;
}

export function figureText(value: Figure, smallest: number, percent = false): string {
  if (value === null) return hiddenText(smallest);
  return percent ? `${value}%` : value.toLocaleString('en');
}
