/**
 * What kind of media a URL's file is, by its extension: used to show an event's media (the element's card) and to
 * read TimelineJS media. Apart from urls.ts, whose check every Timeline JSON read needs, so that the element loads
 * this only with its card.
 */

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i;
const VIDEO_FILE = /\.(?:mp4|m4v|webm|ogv|mov)$/i;

/** The path of an http(s) URL, lower-cased, without query or fragment ('' for anything else). */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname.toLowerCase();
  } catch {
    return '';
  }
}

/** True when the URL's path names an image file (`.jpg`, `.png`, `.webp`, ...). */
export const isImageFileUrl = (url: string): boolean => IMAGE_FILE.test(pathOf(url));

/** True when the URL's path names a video file a browser can play (`.mp4`, `.webm`, `.ogv`, `.mov`, `.m4v`). */
export const isVideoFileUrl = (url: string): boolean => VIDEO_FILE.test(pathOf(url));
