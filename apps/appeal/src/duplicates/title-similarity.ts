/** Letters and digits only, case and width folded: `厂区门口 路灯损坏！` and `厂区门口路灯损坏` read the same. */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The set of adjacent character pairs (a one-character title is its own "pair"). */
function bigrams(text: string): Set<string> {
  const characters = [...text];
  if (characters.length < 2) return new Set(characters);
  const pairs = new Set<string>();
  for (let i = 0; i < characters.length - 1; i += 1)
    pairs.add(`${characters[i]}${characters[i + 1]}`);
  return pairs;
}

/**
 * How alike two titles are, from 0 to 1: the Jaccard index of their character bigrams after
 * normalising. Chinese titles have no spaces to split words on, and bigrams catch a reworded
 * title that keeps its key terms (路灯损坏 / 路灯坏了 share 路灯).
 */
export function titleSimilarity(a: string, b: string): number {
  return similarityTo(a)(b);
}

/**
 * `titleSimilarity` with one title fixed, for comparing it with many (a new appeal with up to 200
 * earlier ones): its bigrams are made once, not once per comparison.
 */
export function similarityTo(title: string): (other: string) => number {
  const left = bigrams(normalizeTitle(title));
  return (other) => {
    const right = bigrams(normalizeTitle(other));
    if (left.size === 0 || right.size === 0) return 0;
    let shared = 0;
    for (const pair of left) if (right.has(pair)) shared += 1;
    return shared / (left.size + right.size - shared);
  };
}
