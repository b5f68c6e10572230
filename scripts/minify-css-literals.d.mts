/** Whitespace and comments out of a stylesheet's text, quoted strings kept. */
export function minifyCss(css: string): string;
/** `code` with its Lit `css` literals minified (line count kept), or null when nothing changes. */
export function minifyCssLiterals(code: string, fileName?: string): string | null;
