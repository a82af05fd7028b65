// Display words for the content vocabularies (labels only; the server owns the meaning).
const LABELS: Record<string, string> = {
  side_lying: 'lying on your side',
  supine: 'lying on your back',
  prone: 'lying on your front',
  floor: 'on the floor',
  standing: 'standing',
  sitting: 'sitting',
  kneeling: 'kneeling',
};

export function label(id: string): string {
  return LABELS[id] ?? id.replace(/_/g, ' ');
}
