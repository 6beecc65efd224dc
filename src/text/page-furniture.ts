/**
 * Page furniture: the lines a web page copied as text carries around its article. A navigation line at the top
 * (`Skip to content`, `Home | News | Sport`) is no title, and the lists after the article (`Related stories`,
 * `Comments (12)`, `More on this story`) are no part of it: their dates head other stories and readers' posts.
 */

/** A site's chrome line: a link or control that is never a headline. */
const CHROME_LINE = /^(?:skip to (?:main )?content|skip navigation|jump to (?:main )?content|main menu|menu|search|sign in|log in|subscribe(?: now)?|advertisement|share(?: this (?:article|story|page))?|listen to this article|print(?: this (?:article|page))?|cookie settings|accept cookies)$/i;
/** An item of a menu: one to three short words. */
const MENU_ITEM = /^[\p{L}&'’ -]{1,24}$/u;
/** The heading of a list that follows the article. */
const TRAILER_HEADING = /^(?:related(?: (?:stories|articles|content|links|coverage|topics|news))?|more on this (?:story|topic)|more from [A-Za-z ]{1,30}|read more|read next|you (?:may|might) also like|most (?:read|popular|viewed)|recommended(?: for you)?|top stories|latest (?:stories|news)|comments?(?: \(\d{1,6}\))?|\d{1,6} comments?|join the conversation|see also|further reading|external links|references|notes|sources|bibliography|citations|footnotes)$/i;

/** Whether a line is site navigation: a chrome line, or a menu of three or more items split by `|`, `·` or `•`. */
export function isNavigationLine(line: string): boolean {
  if (line.length > 200) return false;
  const text = line.trim();
  if (CHROME_LINE.test(text)) return true;
  const items = text.split(/\s[|·•]\s/);
  return items.length >= 3 && items.every((item) => MENU_ITEM.test(item.trim()) && item.trim().split(' ').length <= 3);
}

/** Whether a line heads the lists after an article (`Related stories`, `Comments (2)`). */
export function opensTrailer(line: string): boolean {
  return line.length <= 60 && TRAILER_HEADING.test(line.trim().replace(/:$/, ''));
}
