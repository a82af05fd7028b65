// Ratings stay in this browser until the sessions API can receive them.
export type Effort = 'easy' | 'about_right' | 'hard';

export interface ExerciseRating {
  exercise: string;
  pain: number;
  effort: Effort;
  at: string;
}

const KEY = 'motus.ratings';

export function loadRatings(): ExerciseRating[] {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as ExerciseRating[]) : [];
  } catch {
    return [];
  }
}

export function saveRating(r: ExerciseRating) {
  localStorage.setItem(KEY, JSON.stringify([...loadRatings(), r]));
}
