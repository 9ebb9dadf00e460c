/**
 * A kind's colour as the user sees it on the page: their choice from the options, else the
 * highlighter's built-in hue (lib/page/styles.ts), so popup dots and options swatches match the page.
 */
import type { Kind } from '../analysis/types';
import { KIND_STYLES } from '../page/styles';

const hex = (n: number) => n.toString(16).padStart(2, '0');

/** The built-in colour of a kind as #rrggbb (what `<input type="color">` needs). */
export const defaultKindColor = (kind: Kind): string => '#' + KIND_STYLES[kind].rgb.map(hex).join('');

export const kindColor = (kind: Kind, custom: Partial<Record<Kind, string>> = {}): string => custom[kind] ?? defaultKindColor(kind);

/** The kind's name for people ("Person", "Money"). */
export const kindName = (kind: Kind): string => KIND_STYLES[kind].label;
