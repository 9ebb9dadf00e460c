/**
 * BIO tags → entity chunks, the conlleval/seqeval lenient way: an I-X after O or after another type
 * starts a new chunk (ANERcorp has such tags; the decoder never emits them).
 */
import { O, bioOf, typeOf, type EntityType } from './tags';

export interface Chunk {
  type: EntityType;
  /** First and last token index, inclusive. */
  from: number;
  to: number;
  /** The model's margin for the chunk (TaggerModel.chunkMargin), when computed. */
  margin?: number;
}

export function chunks(tags: ArrayLike<number>): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const id = tags[i]!;
    if (id === O) {
      // most tokens: closes the open chunk, opens none
      if (open) out.push(open), (open = null);
      continue;
    }
    const bio = bioOf(id);
    const type = typeOf(id);
    if (open && (bio !== 'I' || type !== open.type)) {
      out.push(open);
      open = null;
    }
    if (type && (bio === 'B' || !open)) open = { type, from: i, to: i };
    else if (open) open.to = i;
  }
  if (open) out.push(open);
  return out;
}
