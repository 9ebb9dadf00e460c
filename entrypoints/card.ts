/**
 * The hover card's bundle (Preact + HoverCard + placement), kept out of the annotator so the first
 * paint of highlights does not compile it: the annotator has the background inject it
 * (`sharh/load-part`) on the first hover or reveal, into the same isolated world, where it leaves
 * its factory on `globalThis`. A second injection keeps the first copy.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCard, type Card } from '../lib/page/card';
import { CARD_API } from '../lib/page/constants';

export default defineUnlistedScript(() => {
  const g = globalThis as typeof globalThis & { [CARD_API]?: (doc: Document) => Card };
  g[CARD_API] ??= createCard;
});
